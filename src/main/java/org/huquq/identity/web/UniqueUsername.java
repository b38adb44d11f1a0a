package org.huquq.identity.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.huquq.identity.CurrentUser;
import org.huquq.identity.IdentityManagement;

/** The user name is not yet taken in the caller's institution (each institution has its own names). */
@Documented
@Constraint(validatedBy = UniqueUsername.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface UniqueUsername {

    String message() default "{identity.users.usernameTaken}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's validator factory, so the identity service is injected. */
    class Validator implements ConstraintValidator<UniqueUsername, String> {

        private final IdentityManagement identity;

        Validator(IdentityManagement identity) {
            this.identity = identity;
        }

        @Override
        public boolean isValid(String username, ConstraintValidatorContext context) {
            return username == null || username.isBlank()
                    || !identity.usernameTaken(CurrentUser.require().institutionId(), username);
        }
    }
}
