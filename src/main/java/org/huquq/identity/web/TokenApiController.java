package org.huquq.identity.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.CurrentUser;
import org.huquq.shared.web.ApiList;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own API tokens. A created token's secret is in the creation response and nowhere else. */
@RestController
@Tag(name = "Tokens", description = "The caller's own API tokens")
@RequestMapping("/api/v1/tokens")
class TokenApiController {

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    ApiList<ApiTokens.TokenSummary> list() {
        return ApiList.all(tokens.tokensOf(CurrentUser.require()));
    }

    @GetMapping("/{id}")
    ApiTokens.TokenSummary one(@PathVariable UUID id) {
        return tokens.tokenOf(CurrentUser.require(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ApiTokens.CreatedToken> create(@Valid @RequestBody CreateTokenForm body) {
        ApiTokens.CreatedToken token = tokens.create(CurrentUser.require(), body.getName().trim(), body.expiresAt(),
                body.isReadOnly());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(token);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        tokens.revoke(CurrentUser.require(), id);
        return ResponseEntity.noContent().build();
    }
}
