package org.huquq.places;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.huquq.shared.Confidentiality;

/**
 * What a user states about a place, when creating or changing it. At least one of the three names is required
 * (checked by {@link PlaceManagement}); type and authority are vocabulary codes.
 */
public record PlaceDetails(
        @Size(max = 60, message = "{web.validation.tooLong}") String code,
        @Size(max = 300, message = "{web.validation.tooLong}") String nameEn,
        @Size(max = 300, message = "{web.validation.tooLong}") String nameRu,
        @Size(max = 300, message = "{web.validation.tooLong}") String nameTg,
        @NotBlank(message = "{web.validation.required}") @Size(max = 60, message = "{web.validation.tooLong}") String type,
        @NotBlank(message = "{web.validation.required}") @Size(max = 60, message = "{web.validation.tooLong}") String authority,
        @NotBlank(message = "{web.validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{places.error.country}") String countryCode,
        @Size(max = 200, message = "{web.validation.tooLong}") String region,
        @Size(max = 500, message = "{web.validation.tooLong}") String address,
        @DecimalMin(value = "-90", message = "{web.validation.min}") @DecimalMax(value = "90", message = "{web.validation.max}") BigDecimal latitude,
        @DecimalMin(value = "-180", message = "{web.validation.min}") @DecimalMax(value = "180", message = "{web.validation.max}") BigDecimal longitude,
        @Min(value = 0, message = "{web.validation.min}") @Max(value = 1_000_000, message = "{web.validation.max}") Integer capacity,
        @Size(max = 4000, message = "{web.validation.tooLong}") String notes,
        @NotNull(message = "{web.validation.required}") Confidentiality confidentiality,
        UUID teamId) {
}
