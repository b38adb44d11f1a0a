package org.huquq.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused first start as its one line, without a stack trace. */
class FirstStartFailure extends AbstractFailureAnalyzer<FirstStart.Refused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstStart.Refused cause) {
        return new FailureAnalysis(cause.getMessage(), "See \"Environment variables\" in the README.", cause);
    }
}
