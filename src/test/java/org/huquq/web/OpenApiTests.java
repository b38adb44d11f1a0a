package org.huquq.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The API is documented: integrators find every operation in the OpenAPI description. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void placesApiIsDescribed() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/places'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/places'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/places/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit/verify'].get").exists());
    }
}
