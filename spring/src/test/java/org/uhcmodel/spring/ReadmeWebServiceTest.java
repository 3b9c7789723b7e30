package org.uhcmodel.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * README's section "Web services" is true: its controller, compiled as written against this module's test class path,
 * answers the request the section shows with the status, content type and body the section shows, in a Spring Boot
 * application with nothing else configured.
 */
class ReadmeWebServiceTest {

    private static final String SECTION = "Web services";

    /** The blocks of the section, by the language of their fence, in order. */
    private static List<List<String>> blocks(String language) throws Exception {
        Path readme = Files.isRegularFile(Path.of("..", "README.md")) ? Path.of("..", "README.md")
            : Path.of("README.md");
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<List<String>> blocks = new ArrayList<>();
        boolean inSection = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ")) {
                inSection = lines.get(i).substring(3).strip().equals(SECTION);
            } else if (lines.get(i).startsWith("```")) {
                String fence = lines.get(i).substring(3);
                int start = i + 1;
                while (!lines.get(++i).equals("```")) {
                    // The block ends at the closing fence.
                }
                if (inSection && fence.equals(language)) {
                    blocks.add(lines.subList(start, i));
                }
            }
        }
        return blocks;
    }

    /** Compiles a compilation unit of README into a directory, and gets the name of its class. */
    private static String compile(List<String> unit, Path classes) throws Exception {
        Matcher declared = Pattern.compile("(?m)^(?:public )?class (\\w+)").matcher(String.join("\n", unit));
        assertTrue(declared.find(), "README's " + SECTION + " declares no class");
        String name = declared.group(1);
        Path source = Files.writeString(Files.createDirectories(classes.resolve("sources")).resolve(name + ".java"),
            String.join("\n", unit) + "\n", StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "--release", "17", "-encoding", "UTF-8", "-proc:none",
            "-Xlint:all,-path,-processing", "-Werror", "-classpath", System.getProperty("java.class.path"),
            "-d", classes.toString(), source.toString());
        if (status != 0) {
            fail("README's " + SECTION + " does not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));
        }
        return name;
    }

    /** An application with nothing but Spring Boot's auto-configuration, this module's among it. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ReadmeApplication {
    }

    @Test
    void theControllerOfReadmeAnswersTheRequestOfReadmeAsReadmeShows(@TempDir Path classes) throws Exception {
        List<List<String>> java = blocks("java");
        List<List<String>> http = blocks("http");
        List<List<String>> json = blocks("json");
        assertEquals(1, java.size(), "java blocks of " + SECTION);
        assertEquals(1, http.size(), "http blocks of " + SECTION);
        assertEquals(1, json.size(), "json blocks of " + SECTION);
        String controller = compile(java.get(0), classes);

        List<String> request = http.get(0);
        String[] line = request.get(0).split(" ");
        int blank = request.indexOf("");
        HttpRequest.Builder builder = HttpRequest.newBuilder()
            .method(line[0], HttpRequest.BodyPublishers.ofString(String.join("\n", request.subList(blank + 1,
                request.size()))));
        for (String header : request.subList(1, blank)) {
            builder.header(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1).strip());
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeWebServiceTest.class.getClassLoader());
             ConfigurableApplicationContext context = new SpringApplicationBuilder(ReadmeApplication.class)
                 .resourceLoader(new DefaultResourceLoader(loader))
                 .properties("server.port=0")
                 .initializers(c -> ((GenericApplicationContext) c).registerBean(loadClass(loader, controller)))
                 .run()) {
            String port = context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                builder.uri(URI.create("http://localhost:" + port + line[1])).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode(), response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            JsonMapper mapper = JsonMapper.builder().build();
            assertEquals(mapper.readTree(String.join("\n", json.get(0))), mapper.readTree(response.body()));
        }
    }

    private static Class<?> loadClass(ClassLoader loader, String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
