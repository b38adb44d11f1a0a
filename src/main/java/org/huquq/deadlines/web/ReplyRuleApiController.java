package org.huquq.deadlines.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huquq.deadlines.ReplyRuleDetails;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.deadlines.ReplyRuleView;
import org.huquq.shared.web.ApiList;
import org.huquq.shared.web.ETags;
import org.huquq.shared.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reply-deadline rules as the caller's institution has them: every signed-in user reads them, administrators
 * create and change them for their institution only ({@code origin} says whether a rule is the shared one, the
 * institution's version of it, or the institution's own).
 */
@RestController
@RequestMapping("/api/v1/reply-rules")
@Tag(name = "Reply rules", description = "Jurisdictions' rules for when an answer to a letter is due")
class ReplyRuleApiController {

    private final ReplyRuleManagement rules;

    ReplyRuleApiController(ReplyRuleManagement rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "List reply rules", description = "Every rule of the caller's institution, deprecated ones "
            + "included, by country and code: each shared rule or the institution's version of it, and its own.")
    ApiList<ReplyRuleView> list() {
        return ApiList.all(rules.rules());
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read a reply rule", description = "The ETag is the version to send back in If-Match.")
    ResponseEntity<ReplyRuleView> get(@PathVariable String code) {
        ReplyRuleView rule = rules.rule(code);
        return ETags.ok(rule, rule.version());
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Create a reply rule", description = "Administrators only. The rule is the institution's "
            + "own: no other institution sees it.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReplyRuleView> create(@RequestBody ReplyRuleDetails details) {
        ReplyRuleView rule = rules.create(details);
        return ETags.created("/api/v1/reply-rules/" + rule.code(), rule, rule.version());
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Change a reply rule", description = "Administrators only. Requires If-Match with the ETag "
            + "last read; answers 412 when someone else changed the rule since. Changes the institution's own version "
            + "of a shared rule (created on the first change); other institutions keep theirs. The code never "
            + "changes; deprecate a rule with \"deprecated\": true.")
    ResponseEntity<ReplyRuleView> update(@PathVariable String code, IfMatch ifMatch,
            @RequestBody ReplyRuleDetails details) {
        ReplyRuleView rule = rules.update(code, ifMatch.version(), details);
        return ETags.ok(rule, rule.version());
    }

    @PostMapping("/{code}/reset")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Go back to the shared rule", description = "Administrators only. Requires If-Match with the "
            + "ETag last read. Drops the institution's version of a shared rule, so that its letters count under the "
            + "shared rule again; answers the shared rule. 400 naming code for a rule of the institution's own.")
    ResponseEntity<ReplyRuleView> reset(@PathVariable String code, IfMatch ifMatch) {
        ReplyRuleView rule = rules.reset(code, ifMatch.version());
        return ETags.ok(rule, rule.version());
    }
}
