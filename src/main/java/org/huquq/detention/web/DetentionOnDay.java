package org.huquq.detention.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.huquq.detention.DetentionView;
import org.huquq.detention.RemainingTerm;

/**
 * A detention record as the API answers it for a day ({@code on}, today unless asked): the record's own fields, what
 * remains of its sentence that day ({@code null} without a sentence) and whether it is to be reviewed (still open
 * after its release day).
 */
record DetentionOnDay(@JsonUnwrapped DetentionView detention, LocalDate on, RemainingTerm remainingTerm,
        boolean toReview) {

    static DetentionOnDay of(DetentionView detention, LocalDate on) {
        return new DetentionOnDay(detention, on, detention.remainingOn(on), detention.needsReview(on));
    }
}
