package org.huquq;

import java.util.OptionalInt;

import org.huquq.operations.OperationsCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Huquq: cases, correspondence and detention monitoring for ombudsman institutions. Started with {@code --backup} or
 * {@code --restore} it runs that operator's command instead of the server ({@link OperationsCommands}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HuquqApplication {

    public static void main(String[] args) {
        OptionalInt command = OperationsCommands.run(HuquqApplication.class, args);
        if (command.isPresent()) {
            System.exit(command.getAsInt());
        }
        SpringApplication.run(HuquqApplication.class, args);
    }
}
