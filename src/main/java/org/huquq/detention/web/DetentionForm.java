package org.huquq.detention.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.detention.DetentionDetails;
import org.huquq.detention.DetentionView;
import org.huquq.detention.Offence;
import org.huquq.detention.SentenceDetails;
import org.huquq.detention.SentenceView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The detention record form as the browser posts it. The person and the place are record pickers (the id chosen, and
 * the text typed to find one, see {@code search/picker}). The sentence is a section of its own, saved only when any
 * of its fields is filled; its offences are rows of which the blank ones are ignored, and the form always offers a
 * few blank rows to fill.
 */
public class DetentionForm {

    /** The offence rows a form shows at least, and the blank rows it offers beyond those filled. */
    static final int OFFENCE_ROWS = 3;

    private static final Pattern OFFENCE_FIELD = Pattern.compile("^sentence\\.offences\\[(\\d+)](.*)$");

    private UUID personId;
    /** Name or number typed to find the person; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String personQuery;
    private UUID placeId;
    /** Name or code typed to find the place; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String placeQuery;
    @NotNull(message = "{web.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    @NotBlank(message = "{web.validation.required}")
    private String legalStatus;
    @Size(max = 1000, message = "{web.validation.tooLong}")
    private String legalBasis;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String holdingAuthority;
    @Size(max = 1000, message = "{web.validation.tooLong}")
    private String informationSource;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate informationDate;
    @Valid
    private SentenceForm sentence = new SentenceForm();
    private long version;

    static DetentionForm of(DetentionView detention) {
        DetentionForm form = new DetentionForm();
        form.personId = detention.personId();
        form.placeId = detention.placeId();
        form.from = detention.from();
        form.to = detention.to();
        form.legalStatus = detention.legalStatus();
        form.legalBasis = detention.legalBasis();
        form.holdingAuthority = detention.holdingAuthority();
        form.informationSource = detention.informationSource();
        form.informationDate = detention.informationDate();
        if (detention.sentence() != null) {
            form.sentence = SentenceForm.of(detention.sentence());
        }
        form.version = detention.version();
        form.offerBlankOffences();
        return form;
    }

    /** The details to save; no sentence when none of its fields is filled. */
    DetentionDetails toDetails() {
        return new DetentionDetails(personId, placeId, from, to, legalStatus, legalBasis, holdingAuthority,
                informationSource, informationDate, sentence.isBlank() ? null : sentence.toDetails());
    }

    /** Blank offence rows after those filled, at least {@link #OFFENCE_ROWS} rows in all. */
    void offerBlankOffences() {
        List<OffenceRow> rows = sentence.getOffences();
        int filled = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                filled = i + 1;
            }
        }
        while (rows.size() < Math.max(OFFENCE_ROWS, filled + 1)) {
            rows.add(new OffenceRow());
        }
    }

    /**
     * The form field that shows a problem the module reports on {@code field}: the module counts only the offence
     * rows filled, the form every row.
     */
    String formField(String field) {
        Matcher offence = OFFENCE_FIELD.matcher(field);
        if (!offence.matches()) {
            return field;
        }
        int wanted = Integer.parseInt(offence.group(1));
        List<OffenceRow> rows = sentence.getOffences();
        for (int i = 0, filled = -1; i < rows.size(); i++) {
            if (!rows.get(i).isBlank() && ++filled == wanted) {
                return "sentence.offences[" + i + "]" + offence.group(2);
            }
        }
        return field;
    }

    /** The sentence section of the form. */
    public static class SentenceForm {

        @Size(max = 300, message = "{web.validation.tooLong}")
        private String court;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate judgmentOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate finalOn;
        @Valid
        private List<OffenceRow> offences = new ArrayList<>();
        private Integer years;
        private Integer months;
        private Integer days;
        private boolean life;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startOn;
        private Integer pretrialCreditDays;
        @Size(max = 300, message = "{web.validation.tooLong}")
        private String regime;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate statedRelease;

        static SentenceForm of(SentenceView sentence) {
            SentenceForm form = new SentenceForm();
            form.court = sentence.court();
            form.judgmentOn = sentence.judgmentOn();
            form.finalOn = sentence.finalOn();
            sentence.offences().forEach(o -> form.offences.add(OffenceRow.of(o)));
            form.years = sentence.years();
            form.months = sentence.months();
            form.days = sentence.days();
            form.life = sentence.life();
            form.startOn = sentence.startOn();
            form.pretrialCreditDays = sentence.pretrialCreditDays();
            form.regime = sentence.regime();
            form.statedRelease = sentence.statedRelease();
            return form;
        }

        /** True when nothing of the sentence was typed: there is none to save. */
        boolean isBlank() {
            return blank(court) && judgmentOn == null && finalOn == null && offences.stream()
                    .allMatch(OffenceRow::isBlank) && years == null && months == null && days == null && !life
                    && startOn == null && pretrialCreditDays == null && blank(regime) && statedRelease == null;
        }

        SentenceDetails toDetails() {
            return new SentenceDetails(court, judgmentOn, finalOn,
                    offences.stream().filter(row -> !row.isBlank()).map(OffenceRow::toOffence).toList(), years,
                    months, days, life, startOn, pretrialCreditDays, regime, statedRelease);
        }

        public String getCourt() { return court; }
        public void setCourt(String court) { this.court = court; }
        public LocalDate getJudgmentOn() { return judgmentOn; }
        public void setJudgmentOn(LocalDate judgmentOn) { this.judgmentOn = judgmentOn; }
        public LocalDate getFinalOn() { return finalOn; }
        public void setFinalOn(LocalDate finalOn) { this.finalOn = finalOn; }
        public List<OffenceRow> getOffences() { return offences; }
        public void setOffences(List<OffenceRow> offences) {
            this.offences = offences == null ? new ArrayList<>() : new ArrayList<>(offences);
        }
        public Integer getYears() { return years; }
        public void setYears(Integer years) { this.years = years; }
        public Integer getMonths() { return months; }
        public void setMonths(Integer months) { this.months = months; }
        public Integer getDays() { return days; }
        public void setDays(Integer days) { this.days = days; }
        public boolean isLife() { return life; }
        public void setLife(boolean life) { this.life = life; }
        public LocalDate getStartOn() { return startOn; }
        public void setStartOn(LocalDate startOn) { this.startOn = startOn; }
        public Integer getPretrialCreditDays() { return pretrialCreditDays; }
        public void setPretrialCreditDays(Integer pretrialCreditDays) { this.pretrialCreditDays = pretrialCreditDays; }
        public String getRegime() { return regime; }
        public void setRegime(String regime) { this.regime = regime; }
        public LocalDate getStatedRelease() { return statedRelease; }
        public void setStatedRelease(LocalDate statedRelease) { this.statedRelease = statedRelease; }
    }

    /** One offence row: the article as cited, the code it belongs to, the country of that code. */
    public static class OffenceRow {

        @Size(max = 300, message = "{web.validation.tooLong}")
        private String code;
        @Size(max = 300, message = "{web.validation.tooLong}")
        private String article;
        @Size(max = 60, message = "{web.validation.tooLong}")
        private String country;

        static OffenceRow of(Offence offence) {
            OffenceRow row = new OffenceRow();
            row.code = offence.code();
            row.article = offence.article();
            row.country = offence.country();
            return row;
        }

        boolean isBlank() {
            return blank(code) && blank(article) && blank(country);
        }

        Offence toOffence() {
            return new Offence(code, article, country);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getArticle() { return article; }
        public void setArticle(String article) { this.article = article; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public UUID getPersonId() { return personId; }
    public void setPersonId(UUID personId) { this.personId = personId; }
    public String getPersonQuery() { return personQuery; }
    public void setPersonQuery(String personQuery) { this.personQuery = personQuery; }
    public UUID getPlaceId() { return placeId; }
    public void setPlaceId(UUID placeId) { this.placeId = placeId; }
    public String getPlaceQuery() { return placeQuery; }
    public void setPlaceQuery(String placeQuery) { this.placeQuery = placeQuery; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getLegalStatus() { return legalStatus; }
    public void setLegalStatus(String legalStatus) { this.legalStatus = legalStatus; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getHoldingAuthority() { return holdingAuthority; }
    public void setHoldingAuthority(String holdingAuthority) { this.holdingAuthority = holdingAuthority; }
    public String getInformationSource() { return informationSource; }
    public void setInformationSource(String informationSource) { this.informationSource = informationSource; }
    public LocalDate getInformationDate() { return informationDate; }
    public void setInformationDate(LocalDate informationDate) { this.informationDate = informationDate; }
    public SentenceForm getSentence() { return sentence; }
    public void setSentence(SentenceForm sentence) { this.sentence = sentence == null ? new SentenceForm() : sentence; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
