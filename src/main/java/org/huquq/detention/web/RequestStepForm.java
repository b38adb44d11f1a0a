package org.huquq.detention.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.detention.RequestStatus;
import org.huquq.detention.RequestStepDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The step form on a request's page, posted with the version of the request the user saw. */
public class RequestStepForm {

    @NotNull(message = "{web.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    @NotNull(message = "{web.validation.required}")
    private RequestStatus status;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 4000, message = "{web.validation.tooLong}")
    private String note;
    private long version;

    static RequestStepForm blank(LocalDate today, long version) {
        RequestStepForm form = new RequestStepForm();
        form.on = today;
        form.version = version;
        return form;
    }

    RequestStepDetails toDetails() {
        return new RequestStepDetails(on, status, note);
    }

    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public RequestStatus getStatus() { return status; }
    public void setStatus(RequestStatus status) { this.status = status; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
