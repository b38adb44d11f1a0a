package org.huquq.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.domain.InstitutionRepository;
import org.huquq.identity.domain.RecoveryCode;
import org.huquq.identity.domain.RecoveryCodeRepository;
import org.huquq.identity.domain.UserAccount;
import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: time-based one-time passwords (RFC 6238, 30 s, 6 digits, SHA-1, as every authenticator app
 * understands them) and ten one-time recovery codes. Enrolment is confirmed with a code before it takes effect;
 * recovery codes are shown once and stored as SHA-256 hashes.
 */
@Service
public class SecondFactor {

    /** How many recovery codes an enrolment issues. */
    public static final int RECOVERY_CODES = 10;

    private static final String ISSUER = "Huquq";

    private final UserAccountRepository users;
    private final InstitutionRepository institutions;
    private final RecoveryCodeRepository recoveryCodes;
    private final AuditLog audit;
    private final CodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());

    SecondFactor(UserAccountRepository users, InstitutionRepository institutions, RecoveryCodeRepository recoveryCodes,
            AuditLog audit) {
        this.users = users;
        this.institutions = institutions;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
    }

    /** A fresh secret to enrol, with a QR code for the authenticator app as a {@code data:} URI. */
    public record Enrolment(String secret, String qrCodeDataUri) {
    }

    /** How a presented code was accepted, if it was. */
    public enum Verification {
        TOTP, RECOVERY_CODE, INVALID;

        public boolean accepted() {
            return this != INVALID;
        }
    }

    /** Proposes a new secret; nothing is stored until {@link #enable} confirms it with a code. */
    public Enrolment propose(HuquqUser user) {
        String secret = new DefaultSecretGenerator().generate();
        return new Enrolment(secret, qrCode(user.username(), secret));
    }

    /** The QR code of an already proposed secret, for showing the enrolment page again. */
    public Enrolment proposal(HuquqUser user, String secret) {
        return new Enrolment(secret, qrCode(user.username(), secret));
    }

    /**
     * Turns the second factor on when {@code code} is valid for {@code secret}, replacing any previous recovery
     * codes. Returns the new recovery codes, to be shown once, or nothing when the code is wrong.
     */
    @Transactional
    public Optional<List<String>> enable(HuquqUser user, String secret, String code) {
        if (secret == null || !verifier.isValidCode(secret, digits(code))) {
            return Optional.empty();
        }
        UserAccount account = account(user.userId());
        account.setTotpSecret(secret);
        account.setTotpEnabled(true);
        account.touch(user.username());
        recoveryCodes.deleteByUserId(account.getId());
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        codes.forEach(c -> recoveryCodes.save(new RecoveryCode(account.getId(), hash(c))));
        audit.record(AuditAction.UPDATE, "User", account.getId(), AuditOutcome.SUCCESS, "second factor enabled");
        return Optional.of(codes);
    }

    /**
     * Turns the second factor off when {@code code} is a valid TOTP or unused recovery code. Refused (false) when
     * the code is wrong or the institution makes the second factor mandatory.
     */
    @Transactional
    public boolean disable(HuquqUser user, String code) {
        UserAccount account = account(user.userId());
        if (!account.isTotpEnabled() || isRequired(account.getInstitutionId())
                || !verify(account, code).accepted()) {
            return false;
        }
        account.setTotpEnabled(false);
        account.setTotpSecret(null);
        account.touch(user.username());
        recoveryCodes.deleteByUserId(account.getId());
        audit.record(AuditAction.UPDATE, "User", account.getId(), AuditOutcome.SUCCESS, "second factor disabled");
        return true;
    }

    /** Checks a code presented at sign-in; an accepted recovery code is used up. */
    @Transactional
    public Verification verify(UUID userId, String code) {
        return verify(account(userId), code);
    }

    @Transactional(readOnly = true)
    public boolean isRequired(UUID institutionId) {
        return institutions.findById(institutionId).map(i -> i.isMfaRequired()).orElse(false);
    }

    @Transactional(readOnly = true)
    public long remainingRecoveryCodes(UUID userId) {
        return recoveryCodes.countByUserIdAndUsedAtIsNull(userId);
    }

    private Verification verify(UserAccount account, String code) {
        if (!account.isTotpEnabled() || account.getTotpSecret() == null || code == null || code.isBlank()) {
            return Verification.INVALID;
        }
        String digits = digits(code);
        Instant now = Instant.now();
        if (digits.length() == 6 && verifier.isValidCode(account.getTotpSecret(), digits)) {
            // a code is valid for its 30-second step and one step either side: it must not serve twice in that time
            if (account.isTotpReplay(digits, now, java.time.Duration.ofSeconds(120))) {
                return Verification.INVALID;
            }
            account.acceptTotp(digits, now);
            return Verification.TOTP;
        }
        Optional<RecoveryCode> recovery = recoveryCodes.findByUserIdAndCodeHash(account.getId(), hash(code))
                .filter(r -> !r.isUsed());
        recovery.ifPresent(r -> r.use(now));
        return recovery.isPresent() ? Verification.RECOVERY_CODE : Verification.INVALID;
    }

    private UserAccount account(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    private static String qrCode(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("could not draw the QR code", e);
        }
    }

    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    /** Recovery codes are compared without case, spaces or dashes, as people copy them by hand. */
    static String hash(String recoveryCode) {
        String normal = recoveryCode.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
