package vn.danvan;

import java.util.Arrays;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

import vn.danvan.document.parsing.ParseCommand;
import vn.danvan.plan.extraction.ParsePlanCommand;

/**
 * Danvan: the information system for the state's mass-mobilisation work and the "Dân vận khéo" movement.
 * {@code java -jar danvan.jar parse FILE...} parses documents and {@code parse-plan FILE...} reads plans, both without
 * starting the application.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && ParseCommand.NAME.equals(args[0])) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.OFF);
            System.exit(new ParseCommand().run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && ParsePlanCommand.NAME.equals(args[0])) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.OFF);
            System.exit(new ParsePlanCommand().run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
