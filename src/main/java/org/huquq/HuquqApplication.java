package org.huquq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Huquq: cases, correspondence and detention monitoring for ombudsman institutions. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HuquqApplication {

    public static void main(String[] args) {
        SpringApplication.run(HuquqApplication.class, args);
    }
}
