package org.huquq.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.huquq.identity.FourEyes;
import org.huquq.identity.FourEyesOutcome;
import org.huquq.identity.FourEyesRequestSummary;
import org.huquq.identity.Reauthentication;
import org.huquq.identity.web.UserApiController.Confirmation;
import org.huquq.shared.web.ApiList;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Senior changes waiting for a second person of the caller's institution (docs/adr/0011). */
@RestController
@Tag(name = "Approvals", description = "Senior changes waiting for a second person")
@RequestMapping("/api/v1/approvals")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','HEAD')")
class ApprovalApiController {

    private final FourEyes fourEyes;

    ApprovalApiController(FourEyes fourEyes) {
        this.fourEyes = fourEyes;
    }

    @GetMapping
    ApiList<FourEyesRequestSummary> pending() {
        return ApiList.all(fourEyes.pending());
    }

    /** Approves as the second person; a password reset answers with the one-time password, once. */
    @PostMapping("/{id}/approve")
    FourEyesOutcome approve(@PathVariable UUID id, @RequestBody Confirmation body, HttpServletRequest request) {
        return fourEyes.approve(id, new Reauthentication(body.password(), request.getRemoteAddr()));
    }

    @PostMapping("/{id}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@PathVariable UUID id) {
        fourEyes.reject(id);
    }
}
