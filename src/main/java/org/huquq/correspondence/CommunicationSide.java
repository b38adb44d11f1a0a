package org.huquq.correspondence;

/** Which side a participant of a call or meeting spoke for: our institution or the counterpart. */
public enum CommunicationSide {
    OURS, THEIRS;

    public String messageKey() {
        return "correspondence.communications.side." + name();
    }
}
