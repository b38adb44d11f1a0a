package org.huquq.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.domain.ApiToken;
import org.huquq.identity.domain.ApiTokenRepository;
import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.identity.security.HuquqUserDetailsService;
import org.huquq.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API: created for the signed-in user (never by a token), shown once, stored as a
 * SHA-256 hash, valid until a chosen day ({@value #DEFAULT_VALIDITY_DAYS} days unless another is chosen), revocable.
 * A token acts with exactly the permissions its user has at the time of the call, and a read-only token only reads.
 */
@Service
public class ApiTokens {

    /** Every token starts with this, so that secret scanners recognise a leaked one. */
    public static final String PREFIX = "hq_";

    /** How long a token lasts when its creator chooses no other day. */
    public static final int DEFAULT_VALIDITY_DAYS = 90;

    /** The authority of every call made with a token: such a call may not create tokens. */
    public static final String VIA_TOKEN = "VIA_API_TOKEN";

    /** The authority of a call made with a read-only token: such a call may only read. */
    public static final String READ_ONLY = "READ_ONLY_API_TOKEN";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final HuquqUserDetailsService userDetails;
    private final AuditLog audit;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, HuquqUserDetailsService userDetails,
            AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.userDetails = userDetails;
        this.audit = audit;
    }

    /** A token of the signed-in user; the secret is in the result and nowhere else. */
    public record CreatedToken(UUID id, String name, String secret, Instant expiresAt, boolean readOnly) {
    }

    public record TokenSummary(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
            boolean readOnly, Instant lastUsedAt, Instant revokedAt) {
    }

    /** The user a presented token stands for, and whether the token may only read. */
    public record Bearer(HuquqUser user, boolean readOnly) {
    }

    /** A token that may read and change, until {@code expiresAt} or {@value #DEFAULT_VALIDITY_DAYS} days. */
    @Transactional
    public CreatedToken create(HuquqUser owner, String name, Instant expiresAt) {
        return create(owner, name, expiresAt, false);
    }

    /** A token until {@code expiresAt} (when null, {@value #DEFAULT_VALIDITY_DAYS} days from now). */
    @Transactional
    public CreatedToken create(HuquqUser owner, String name, Instant expiresAt, boolean readOnly) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant until = expiresAt != null ? expiresAt : Instant.now().plus(Duration.ofDays(DEFAULT_VALIDITY_DAYS));
        ApiToken token = tokens.save(new ApiToken(owner.userId(), name, hash(secret), secret.substring(0, 8), until,
                readOnly));
        audit.record(AuditAction.TOKEN_CREATED, "ApiToken", token.getId(), AuditOutcome.SUCCESS,
                readOnly ? name + " (read-only)" : name);
        return new CreatedToken(token.getId(), name, secret, until, readOnly);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> tokensOf(HuquqUser owner) {
        return tokens.findByUserIdOrderByCreatedAtDesc(owner.userId()).stream().map(ApiTokens::summary).toList();
    }

    /** One token of the user; another user's token is {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public TokenSummary tokenOf(HuquqUser owner, UUID tokenId) {
        return tokens.findByIdAndUserId(tokenId, owner.userId()).map(ApiTokens::summary)
                .orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
    }

    private static TokenSummary summary(ApiToken t) {
        return new TokenSummary(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getExpiresAt(),
                t.isReadOnly(), t.getLastUsedAt(), t.getRevokedAt());
    }

    @Transactional
    public void revoke(HuquqUser owner, UUID tokenId) {
        ApiToken token = tokens.findByIdAndUserId(tokenId, owner.userId())
                .orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
        token.revoke(Instant.now());
        audit.record(AuditAction.TOKEN_REVOKED, "ApiToken", token.getId(), AuditOutcome.SUCCESS, token.getName());
    }

    /** How many of the user's tokens are neither revoked nor expired. */
    @Transactional(readOnly = true)
    public long usableTokens(HuquqUser owner) {
        Instant now = Instant.now();
        return tokens.findByUserIdAndRevokedAtIsNull(owner.userId()).stream().filter(t -> t.isUsable(now)).count();
    }

    /** Revokes every token of the user, as after a password change that the user fears was needed. */
    @Transactional
    public void revokeAll(HuquqUser owner) {
        Instant now = Instant.now();
        for (ApiToken token : tokens.findByUserIdAndRevokedAtIsNull(owner.userId())) {
            token.revoke(now);
            audit.record(AuditAction.TOKEN_REVOKED, "ApiToken", token.getId(), AuditOutcome.SUCCESS, token.getName());
        }
    }

    /** Who a presented secret stands for, if the token is known, unrevoked, unexpired and its user enabled. */
    @Transactional
    public Optional<Bearer> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.findByTokenHash(hash(secret)).filter(t -> t.isUsable(now)).flatMap(token -> {
            token.markUsed(now);
            return users.findById(token.getUserId()).filter(u -> u.isEnabled())
                    .map(u -> new Bearer(userDetails.toPrincipal(u), token.isReadOnly()));
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
