package org.uhcmodel.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.uhcmodel.actor.IatiOrganisationType;
import org.uhcmodel.actor.Organization;

/**
 * An organisation of a dataset as an IATI 2.03 organisation: what IATI requires of it, and the
 * {@code iati-organisation} element, which the organisation reports on itself.
 */
final class OrganisationWriter {

    private final Organization organization;

    OrganisationWriter(Organization organization) {
        this.organization = organization;
    }

    /** The problems that keep the organisation from being an IATI organisation, with paths under the prefix. */
    List<IatiProblem> check(String prefix) {
        List<IatiProblem> problems = new ArrayList<>();
        if (ActivityWriter.iatiIdentifierOf(organization).isEmpty()) {
            problems.add(IatiProblem.of(prefix + "identifiers", "iati.organisation-identifier-missing",
                "IATI identifies an organisation by its IATI organisation identifier, which it does not have"));
        }
        if (organization.reportedIatiType().isEmpty()) {
            problems.add(IatiProblem.of(prefix + "iatiType", "iati.organisation-type",
                "IATI requires the type of an organisation, which it neither states nor implies by its kind alone"));
        }
        ActivityWriter.checkText(organization.name(), prefix + "name", problems);
        return problems;
    }

    /** Writes the {@code iati-organisation} element; the organisation passes {@link #check(String)}. */
    void write(XmlOut out) {
        String identifier = ActivityWriter.iatiIdentifierOf(organization).orElseThrow();
        Optional<IatiOrganisationType> type = organization.reportedIatiType();
        out.start("iati-organisation").extensionAttribute("organization", organization.id().toString());
        out.start("organisation-identifier").text(identifier).end();
        out.start("name");
        ActivityWriter.narratives(out, organization.name());
        out.end();
        out.start("reporting-org").attribute("ref", identifier).attribute("type", type.orElseThrow().code());
        ActivityWriter.narratives(out, organization.name());
        out.end();
        out.end();
    }
}
