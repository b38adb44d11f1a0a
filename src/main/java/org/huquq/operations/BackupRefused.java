package org.huquq.operations;

/** A backup or restore that was not done, and why, in one sentence for the operator; nothing was changed. */
class BackupRefused extends RuntimeException {

    BackupRefused(String message) {
        super(message);
    }
}
