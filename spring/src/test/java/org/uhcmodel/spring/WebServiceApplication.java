package org.uhcmodel.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.dataset.Dataset;

/** A Spring Boot web service as a user writes one: model types and a record of its own as request bodies. */
@SpringBootApplication
class WebServiceApplication {

    /** A type of the application's own, holding a model value. */
    record Enrolment(String note, Organization organization) {
    }

    /** Answers each body with the value read. */
    @RestController
    static class Controller {

        @PostMapping("/organizations")
        Organization organization(@RequestBody Organization organization) {
            return organization;
        }

        @PostMapping("/agreements")
        Agreement agreement(@RequestBody Agreement agreement) {
            return agreement;
        }

        @PostMapping("/datasets")
        Dataset dataset(@RequestBody Dataset dataset) {
            return dataset;
        }

        @PostMapping("/organization-lists")
        List<Organization> organizations(@RequestBody List<Organization> organizations) {
            return organizations;
        }

        @PostMapping("/enrolments")
        Enrolment enrolment(@RequestBody Enrolment enrolment) {
            return enrolment;
        }
    }
}
