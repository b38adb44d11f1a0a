package org.huquq.deadlines;

import java.time.LocalDate;

/** An extension of the answer period the recipient granted itself, and the day it notified the sender. */
public record ReplyDeadlineExtension(LocalDate noticeOn, Integer days) {
}
