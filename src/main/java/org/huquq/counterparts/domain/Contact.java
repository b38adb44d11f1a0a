package org.huquq.counterparts.domain;

import jakarta.persistence.Embeddable;

import org.huquq.counterparts.ContactPerson;

/** A person to write to or call at a counterpart, as stored. */
@Embeddable
public class Contact {

    private String name;
    private String role;
    private String email;
    private String phone;

    protected Contact() {
    }

    Contact(ContactPerson person) {
        this.name = person.name();
        this.role = person.role();
        this.email = person.email();
        this.phone = person.phone();
    }

    ContactPerson toPerson() {
        return new ContactPerson(name, role, email, phone);
    }
}
