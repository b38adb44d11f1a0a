package org.huquq.people;

/** Whether a name is in use now, was used before (a surname that changed), or is another name the person is known by. */
public enum NameStatus {
    CURRENT, FORMER, ALIAS
}
