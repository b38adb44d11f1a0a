package org.huquq.shared.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.huquq.shared.NewTerm;

/** The add-a-term form of a vocabulary page, and the body of {@code POST /api/v1/vocabularies/{code}/terms}. */
class AddTermForm {

    @NotBlank(message = "{shared.form.required}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "{shared.vocabulary.form.codeFormat}")
    private String code;

    @NotBlank(message = "{shared.form.required}")
    @Size(max = 200, message = "{shared.form.tooLong}")
    private String labelEn;

    @NotBlank(message = "{shared.form.required}")
    @Size(max = 200, message = "{shared.form.tooLong}")
    private String labelRu;

    @NotBlank(message = "{shared.form.required}")
    @Size(max = 200, message = "{shared.form.tooLong}")
    private String labelTg;

    @Min(value = 0, message = "{shared.vocabulary.form.sortOrderRange}")
    @Max(value = 1000000, message = "{shared.vocabulary.form.sortOrderRange}")
    private Integer sortOrder;

    NewTerm toCommand() {
        return new NewTerm(code, labelEn, labelRu, labelTg, sortOrder);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelRu() {
        return labelRu;
    }

    public void setLabelRu(String labelRu) {
        this.labelRu = labelRu;
    }

    public String getLabelTg() {
        return labelTg;
    }

    public void setLabelTg(String labelTg) {
        this.labelTg = labelTg;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
