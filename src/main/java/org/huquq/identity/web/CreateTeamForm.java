package org.huquq.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new team of the administrator's institution. */
public class CreateTeamForm {

    @NotBlank(message = "{identity.teams.nameRequired}")
    @Size(max = 200, message = "{identity.teams.nameTooLong}")
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
