package org.huquq.places.web;

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

import org.huquq.places.PlaceDetails;
import org.huquq.places.PlaceView;
import org.huquq.shared.Confidentiality;

/** The place form as the browser posts it. */
public class PlaceForm {

    @Size(max = 60, message = "{web.validation.tooLong}")
    private String code;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String nameEn;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String nameRu;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String nameTg;
    @NotBlank(message = "{web.validation.required}")
    private String type;
    @NotBlank(message = "{web.validation.required}")
    private String authority;
    @NotBlank(message = "{web.validation.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{places.error.country}")
    private String countryCode;
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String region;
    @Size(max = 500, message = "{web.validation.tooLong}")
    private String address;
    @DecimalMin(value = "-90", message = "{web.validation.min}")
    @DecimalMax(value = "90", message = "{web.validation.max}")
    private BigDecimal latitude;
    @DecimalMin(value = "-180", message = "{web.validation.min}")
    @DecimalMax(value = "180", message = "{web.validation.max}")
    private BigDecimal longitude;
    @Min(value = 0, message = "{web.validation.min}")
    @Max(value = 1_000_000, message = "{web.validation.max}")
    private Integer capacity;
    @Size(max = 4000, message = "{web.validation.tooLong}")
    private String notes;
    @NotNull(message = "{web.validation.required}")
    private Confidentiality confidentiality = Confidentiality.INTERNAL;
    private UUID teamId;
    private long version;

    static PlaceForm of(PlaceView place) {
        PlaceForm form = new PlaceForm();
        form.code = place.code();
        form.nameEn = place.nameEn();
        form.nameRu = place.nameRu();
        form.nameTg = place.nameTg();
        form.type = place.type();
        form.authority = place.authority();
        form.countryCode = place.countryCode();
        form.region = place.region();
        form.address = place.address();
        form.latitude = place.latitude();
        form.longitude = place.longitude();
        form.capacity = place.capacity();
        form.notes = place.notes();
        form.confidentiality = place.confidentiality();
        form.teamId = place.teamId();
        form.version = place.version();
        return form;
    }

    PlaceDetails toDetails() {
        return new PlaceDetails(code, nameEn, nameRu, nameTg, type, authority,
                countryCode, region, address,
                latitude, longitude, capacity, notes, confidentiality, teamId);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameTg() { return nameTg; }
    public void setNameTg(String nameTg) { this.nameTg = nameTg; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode == null ? null : countryCode.strip().toUpperCase(java.util.Locale.ROOT);
    }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
    public UUID getTeamId() { return teamId; }
    public void setTeamId(UUID teamId) { this.teamId = teamId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
