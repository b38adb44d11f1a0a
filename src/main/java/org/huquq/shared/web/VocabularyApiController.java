package org.huquq.shared.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.huquq.shared.DuplicateTermException;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.VocabularySummary;
import org.huquq.shared.VocabularyTerm;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Controlled vocabularies with their terms as the caller's institution sees them; administrators add terms. */
@RestController
@Tag(name = "Vocabularies", description = "Controlled vocabularies and their terms: the codes that coded fields take")
@RequestMapping("/api/v1/vocabularies")
class VocabularyApiController {

    private final Vocabularies vocabularies;

    VocabularyApiController(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    record VocabularyResponse(String code, String nameEn, String nameRu, String nameTg, List<TermResponse> terms) {
    }

    record TermResponse(String code, String labelEn, String labelRu, String labelTg, int sortOrder,
            boolean deprecated, boolean builtIn) {

        static TermResponse of(VocabularyTerm term) {
            return new TermResponse(term.code(), term.labelEn(), term.labelRu(), term.labelTg(), term.sortOrder(),
                    term.deprecated(), term.builtIn());
        }
    }

    @GetMapping
    ApiList<VocabularyResponse> list() {
        return ApiList.all(vocabularies.vocabularies().stream().map(this::response).toList());
    }

    @GetMapping("/{code}")
    VocabularyResponse get(@PathVariable String code) {
        return response(vocabularies.vocabulary(code));
    }

    @GetMapping("/{code}/terms/{term}")
    TermResponse term(@PathVariable String code, @PathVariable String term) {
        return vocabularies.find(code, term).map(TermResponse::of)
                .orElseThrow(() -> new NotFoundException("term", code + "/" + term));
    }

    @PostMapping("/{code}/terms")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TermResponse> add(@PathVariable String code, @Valid @RequestBody AddTermForm body) {
        try {
            VocabularyTerm term = vocabularies.addTerm(code, body.toCommand());
            return ResponseEntity.created(URI.create("/api/v1/vocabularies/" + code + "/terms/" + term.code()))
                    .body(TermResponse.of(term));
        } catch (DuplicateTermException e) {
            throw new InvalidInputException("code", "shared.vocabulary.form.duplicate");
        }
    }

    private VocabularyResponse response(VocabularySummary vocabulary) {
        return new VocabularyResponse(vocabulary.code(), vocabulary.nameEn(), vocabulary.nameRu(),
                vocabulary.nameTg(), vocabularies.terms(vocabulary.code()).stream().map(TermResponse::of).toList());
    }
}
