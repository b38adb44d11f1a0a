package org.huquq.search.web;

import java.util.Locale;
import java.util.Map;

import org.huquq.search.GlobalSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The header search box's page, and the record pickers' suggestions: both answer htmx requests with just their
 * results, plain requests with the whole page.
 */
@Controller
class SearchController {

    private final GlobalSearch search;

    SearchController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Locale locale, Model model) {
        model.addAttribute("results", search.search(q, locale));
        return "search/results";
    }

    @GetMapping(path = "/search", headers = "HX-Request=true")
    String results(@RequestParam(required = false) String q, Locale locale, Model model) {
        model.addAttribute("results", search.search(q, locale));
        return "search/results :: results";
    }

    /**
     * Suggestions for a record picker as one types: the records of one kind matching the text of the picker's text
     * field (named by {@code queryField}; htmx sends it under its own name), as options that fill {@code field}.
     */
    @GetMapping("/search/pick")
    String pick(@RequestParam String kind, @RequestParam String field, @RequestParam String queryField,
            @RequestParam(defaultValue = "true") boolean multiple, @RequestParam Map<String, String> parameters,
            Locale locale, Model model) {
        String query = parameters.getOrDefault(queryField, "");
        model.addAttribute("hits", search.pick(kind, query, locale));
        model.addAttribute("field", field);
        model.addAttribute("multiple", multiple);
        model.addAttribute("query", query);
        return "search/pick :: options";
    }
}
