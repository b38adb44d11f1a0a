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
        @Size(max = 60) String code,
        @Size(max = 300) String nameEn,
        @Size(max = 300) String nameRu,
        @Size(max = 300) String nameTg,
        @NotBlank @Size(max = 60) String type,
        @NotBlank @Size(max = 60) String authority,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{places.error.country}") String countryCode,
        @Size(max = 200) String region,
        @Size(max = 500) String address,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Min(0) @Max(1_000_000) Integer capacity,
        @Size(max = 4000) String notes,
        @NotNull Confidentiality confidentiality,
        UUID teamId) {
}
