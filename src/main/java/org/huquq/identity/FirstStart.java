package org.huquq.identity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * On the first start (no user yet) creates the administrator {@code admin} with {@code HUQUQ_ADMIN_PASSWORD}, or on
 * the embedded default with a random one-time password printed once, and, unless {@code HUQUQ_DEMO=false}, the two
 * demonstration institutions of the story with one user per role. In production
 * ({@link IdentityProperties#oneTimePasswordsOnConsole()} off) nothing secret is printed, and without an acceptable
 * {@code HUQUQ_ADMIN_PASSWORD} the application refuses to start, with one line that says why.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    static final String ADMIN = "admin";

    static final String TAJIK_OMBUDSMAN = "tj-ombudsman";
    static final String RUSSIAN_COMMISSIONER = "ru-commissioner";

    /**
     * The demo staff, one per role: fictional people, named as their office writes them. A person's name reads the
     * same on an English, Russian or Tajik page, where a label such as "Head (RU)" would read right in one of them
     * only; the users list shows each one's role.
     */
    private static final Map<String, Map<Role, String>> STAFF = Map.of(
            "tj", Map.of(Role.HEAD, "Зарина Каримзода", Role.CASE_OFFICER, "Фирӯз Наимов",
                    Role.MONITOR, "Нигина Саидова", Role.REGISTRY_CLERK, "Ҷамшед Қодиров",
                    Role.ANALYST, "Мадина Азизова", Role.ADMINISTRATOR, "Рустам Ҳасанов",
                    Role.AUDITOR, "Гулрухсор Мирзоева"),
            "ru", Map.of(Role.HEAD, "Елена Воронцова", Role.CASE_OFFICER, "Дмитрий Соколов",
                    Role.MONITOR, "Анна Белова", Role.REGISTRY_CLERK, "Ольга Крылова",
                    Role.ANALYST, "Игорь Лебедев", Role.ADMINISTRATOR, "Максим Орлов",
                    Role.AUDITOR, "Наталья Зайцева"));

    private final IdentityManagement identity;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final PasswordPolicy passwordPolicy;
    private final PrintStream console = System.out;

    FirstStart(IdentityManagement identity, IdentityProperties properties, ApplicationEventPublisher events,
            TransactionTemplate transaction, PasswordPolicy passwordPolicy) {
        this.identity = identity;
        this.properties = properties;
        this.events = events;
        this.transaction = transaction;
        this.passwordPolicy = passwordPolicy;
    }

    /** Why the first start must not go on with these settings: one line for the operator, or empty. */
    static Optional<String> refusal(IdentityProperties properties, PasswordPolicy policy) {
        String given = properties.adminPassword();
        if (!StringUtils.hasText(given)) {
            return properties.oneTimePasswordsOnConsole() ? Optional.empty()
                    : Optional.of("HUQUQ_ADMIN_PASSWORD is not set: set it to the password of the first administrator "
                            + "(admin), at least " + PasswordPolicy.MIN_LENGTH + " characters, and start again.");
        }
        return policy.check(ADMIN, given).map(weakness -> "HUQUQ_ADMIN_PASSWORD is refused: it " + switch (weakness) {
            case TOO_SHORT -> "has fewer than " + PasswordPolicy.MIN_LENGTH + " characters";
            case COMMON_PASSWORD -> "is one of the most common passwords";
            case MADE_OF_USERNAME -> "is made of the user name " + ADMIN;
            case ONE_REPEATED_CHARACTER -> "is one character repeated";
            default -> throw new IllegalArgumentException("not a weakness: " + weakness);
        } + ". Choose another and start again.");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.anyUserExists()) {
            return;
        }
        refusal(properties, passwordPolicy).ifPresent(line -> {
            throw new Refused(line);
        });
        Map<String, String> passwords = new LinkedHashMap<>();
        transaction.executeWithoutResult(status -> {
            if (properties.demo()) {
                createDemo(passwords);
            } else {
                UUID institution = identity.createInstitution("main", "Ombudsman institution", null, Languages.DEFAULT);
                createAdmin(institution, passwords);
            }
        });
        if (properties.oneTimePasswordsOnConsole()) {
            printOnce(passwords);
        }
    }

    private void createDemo(Map<String, String> passwords) {
        UUID tajik = identity.createInstitution(TAJIK_OMBUDSMAN,
                "Human Rights Ombudsman of the Republic of Tajikistan", "TJ", "tg");
        UUID russian = identity.createInstitution(RUSSIAN_COMMISSIONER,
                "High Commissioner for Human Rights in the Russian Federation", "RU", "ru");
        createAdmin(tajik, passwords);
        List<DemoInstitutionsCreated.DemoInstitution> demo = new ArrayList<>();
        demo.add(demoInstitution(tajik, TAJIK_OMBUDSMAN, "TJ", "tj", "tg", passwords));
        demo.add(demoInstitution(russian, RUSSIAN_COMMISSIONER, "RU", "ru", "ru", passwords));
        events.publishEvent(new DemoInstitutionsCreated(List.copyOf(demo)));
    }

    private DemoInstitutionsCreated.DemoInstitution demoInstitution(UUID institution, String code, String country,
            String prefix, String language, Map<String, String> passwords) {
        UUID monitoring = identity.createTeam(institution, "Monitoring of places of detention",
                "Мониторинг мест принудительного содержания", "Мониторинги ҷойҳои маҳрум сохтан аз озодӣ");
        UUID cases = identity.createTeam(institution, "Complaints and migrants", "Жалобы и права мигрантов",
                "Шикоятҳо ва ҳуқуқи муҳоҷирон");
        for (Role role : Role.values()) {
            String username = prefix + "." + role.name().toLowerCase().replace('_', '-');
            Set<UUID> teams = switch (role) {
                case MONITOR -> Set.of(monitoring);
                case CASE_OFFICER, REGISTRY_CLERK -> Set.of(cases);
                default -> Set.of();
            };
            CreatedUser user = identity.createUser(new NewUser(institution, username, STAFF.get(prefix).get(role),
                    null, language, EnumSet.of(role), teams, null));
            passwords.put(username, user.oneTimePassword());
            // the senior monitor and the senior case officer lead their teams and receive the team's digest
            if (role == Role.MONITOR || role == Role.CASE_OFFICER) {
                identity.setTeamLead(institution, role == Role.MONITOR ? monitoring : cases, user.id());
            }
        }
        return new DemoInstitutionsCreated.DemoInstitution(institution, code, country, monitoring, cases);
    }

    private void createAdmin(UUID institution, Map<String, String> passwords) {
        String given = properties.adminPassword();
        CreatedUser admin = identity.createUser(new NewUser(institution, ADMIN, "Administrator", null,
                Languages.DEFAULT, EnumSet.of(Role.ADMINISTRATOR), Set.of(),
                StringUtils.hasText(given) ? given : null));
        if (admin.oneTimePassword() != null) {
            passwords.put(ADMIN, admin.oneTimePassword());
        }
    }


    private void printOnce(Map<String, String> passwords) {
        if (passwords.isEmpty()) {
            return;
        }
        StringBuilder banner = new StringBuilder("\n================ Huquq first start ================\n")
                .append("One-time passwords (shown only now; each must be changed at first sign-in):\n");
        passwords.forEach((user, password) -> banner.append(String.format("  %-22s %s%n", user, password)));
        banner.append("===================================================\n");
        console.println(banner);
    }

    /** The first start cannot go on; the message is the one line the operator reads ({@link FirstStartFailure}). */
    static final class Refused extends IllegalStateException {

        Refused(String message) {
            super(message);
        }
    }
}
