package org.huquq.detention;

import java.time.LocalDate;

/** A step on a request as typed: its day, the status it brings the request to, and what was done. */
public record RequestStepDetails(LocalDate on, RequestStatus status, String note) {
}
