package org.uhcmodel.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Contract;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InsurancePlan;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.UsageContext;

/**
 * The alternative of every comparison: HAPI FHIR R4 resources carrying the same facts as the model's values.
 * <p>
 * The mapping, one resource (or two) per value:
 * <ul>
 *   <li>Organization: {@code Organization} (id, name, alias for the acronym, type, address country, identifier,
 *       partOf);</li>
 *   <li>Person: {@code Practitioner} (name with its prefix) with a contained {@code PractitionerRole} for the
 *       position (code, title as the code's text, organization);</li>
 *   <li>Agreement: {@code Contract} (type, title, status, issued, one signer per party with the role as its type,
 *       the cooperation area as a subType, the SDG target as its scope);</li>
 *   <li>Programme: {@code PlanDefinition}, the one R4 resource with a title, a type, jurisdictions, an effective period
 *       and a status; each participant is a {@code useContext} whose code is the IATI role and whose value is a
 *       reference to the organisation; the budget, for which R4 has no field, is an extension holding a
 *       {@code Money}. A {@code Basic} resource would hold everything in extensions, which is no fairer and slower
 *       to build;</li>
 *   <li>CoverageScheme: {@code InsurancePlan} (name, alias, ownedBy, three types for the scheme type, the financing
 *       class and the membership, a coverage area for the country, a coverage for the target group, period);</li>
 *   <li>IndicatorObservation: {@code Observation} (code, subject a location by its country identifier, effective year,
 *       a quantity in per cent, derivedFrom the source).</li>
 * </ul>
 * Codes of the model that FHIR codes differently (an agreement's status, a programme's IATI status) are mapped by a
 * switch, which costs about what the model's parse of a code costs. HAPI FHIR checks nothing when a resource is built
 * but the dates it parses.
 */
final class Fhir {

    static final String SYSTEM = "https://uhc-model.org/codes/";
    static final String COUNTRY_SYSTEM = "urn:iso:std:iso:3166";

    private Fhir() {
    }

    /**
     * Creates the R4 context; the cold-start benchmark calls it in the timed code, every other one once.
     *
     * @return a new context
     */
    static FhirContext context() {
        return FhirContext.forR4();
    }

    private static CodeableConcept code(String system, String code) {
        return new CodeableConcept().addCoding(new Coding(system, code, null));
    }

    static Organization organization(Raw.Org r) {
        Organization o = new Organization();
        o.setId(r.id());
        o.setLanguage(r.lang());
        o.addIdentifier(new Identifier().setSystem(SYSTEM + r.identifierScheme()).setValue(r.identifierValue()));
        o.setName(r.name());
        o.addAlias(r.acronym());
        o.addType(code(SYSTEM + "organization-kind", r.kind()));
        o.addAddress().setCountry(r.country());
        if (r.parent() != null) {
            o.setPartOf(new Reference("Organization/" + r.parent()));
        }
        return o;
    }

    static Practitioner person(Raw.Per r) {
        PractitionerRole role = new PractitionerRole();
        role.setId("role");
        role.addCode(code(SYSTEM + "role-kind", r.role()).setText(r.title()));
        role.setOrganization(new Reference("Organization/" + r.organization()));
        Practitioner p = new Practitioner();
        p.setId(r.id());
        p.setLanguage(r.lang());
        p.addName().setText(r.name()).addPrefix(r.honorific());
        p.addContained(role);
        return p;
    }

    static Contract agreement(Raw.Agr r) {
        Contract c = new Contract();
        c.setId(r.id());
        c.setLanguage(r.lang());
        c.setType(code(SYSTEM + "agreement-kind", r.kind()));
        c.setTitle(r.title());
        c.setStatus(Contract.ContractStatus.fromCode(contractStatus(r.status())));
        c.setIssuedElement(new DateTimeType(r.signedDate()));
        c.addSigner().setType(new Coding(SYSTEM + "party-role", r.role1(), null))
            .setParty(new Reference("Organization/" + r.party1()));
        c.addSigner().setType(new Coding(SYSTEM + "party-role", r.role2(), null))
            .setParty(new Reference("Organization/" + r.party2()));
        c.addSubType(code(SYSTEM + "cooperation-area", r.area()));
        c.setScope(code(SYSTEM + "sdg-target", r.sdgTarget()));
        return c;
    }

    private static String contractStatus(String status) {
        switch (status) {
            case "proposed":
                return "offered";
            case "signed":
                return "executed";
            case "in-force":
                return "executable";
            case "terminated":
                return "terminated";
            default:
                return "revoked";
        }
    }

    static PlanDefinition programme(Raw.Prog r) {
        PlanDefinition p = new PlanDefinition();
        p.setId(r.id());
        p.setLanguage(r.lang());
        p.setTitle(r.name());
        p.setType(code(SYSTEM + "programme-kind", r.kind()));
        p.addJurisdiction(code(COUNTRY_SYSTEM, r.country()));
        // Each date parsed once, as for the model; an element holds its own copy.
        DateTimeType start = new DateTimeType(r.start());
        DateTimeType end = new DateTimeType(r.end());
        p.setEffectivePeriod(new Period().setStartElement(start).setEndElement(end));
        p.addUseContext(new UsageContext(new Coding(SYSTEM + "iati-organisation-role", r.role1(), null),
            new Reference("Organization/" + r.org1())));
        p.addUseContext(new UsageContext(new Coding(SYSTEM + "iati-organisation-role", r.role2(), null),
            new Reference("Organization/" + r.org2())));
        p.setStatus(PublicationStatus.fromCode(publicationStatus(r.status())));
        Extension budget = new Extension(SYSTEM + "budget");
        budget.addExtension("period", new Period().setStartElement(start.copy()).setEndElement(end.copy()));
        budget.addExtension("value", new Money().setValue(new BigDecimal(r.amount())).setCurrency(r.currency()));
        budget.addExtension("valueDate", new DateType(r.start()));
        p.addExtension(budget);
        return p;
    }

    private static String publicationStatus(String iatiStatus) {
        switch (iatiStatus) {
            case "1":
                return "draft";
            case "2":
            case "3":
                return "active";
            default:
                return "retired";
        }
    }

    static InsurancePlan scheme(Raw.Scheme r) {
        InsurancePlan p = new InsurancePlan();
        p.setId(r.id());
        p.setLanguage(r.lang());
        p.setStatus(PublicationStatus.ACTIVE);
        p.setName(r.name());
        p.addAlias(r.acronym());
        p.setOwnedBy(new Reference("Organization/" + r.operator()));
        p.addType(code(SYSTEM + "scheme-type", r.type()));
        p.addType(code(SYSTEM + "financing-scheme", r.financing()));
        p.addType(code(SYSTEM + "membership", r.membership()));
        p.addCoverageArea(new Reference().setIdentifier(new Identifier().setSystem(COUNTRY_SYSTEM)
            .setValue(r.country())));
        p.addCoverage().setType(code(SYSTEM + "population-group", r.group()));
        p.setPeriod(new Period().setStartElement(new DateTimeType(r.launched())));
        return p;
    }

    static Observation observation(Raw.Obs r) {
        Observation o = new Observation();
        o.setId(r.id());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(code(SYSTEM + "sdg-indicator", r.indicator()));
        o.setSubject(new Reference().setIdentifier(new Identifier().setSystem(COUNTRY_SYSTEM).setValue(r.country())));
        o.setEffective(new DateTimeType(String.valueOf(r.year())));
        o.setValue(new Quantity().setValue(new BigDecimal(r.value())).setUnit("%"));
        o.addDerivedFrom(new Reference("DocumentReference/" + r.source()));
        return o;
    }

    /**
     * Builds the bundle of the JSON benchmarks: the same {@code n} organisations and {@code n / 2} agreements as
     * {@link Models#dataset(int)}.
     *
     * @param n  the number of organisations
     * @return a bundle of type collection
     */
    static Bundle bundle(int n) {
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (int i = 0; i < n; i++) {
            b.addEntry().setResource(organization(Raw.organization(i)));
        }
        for (int k = 0; k < n / 2; k++) {
            b.addEntry().setResource(agreement(Raw.agreement(k)));
        }
        return b;
    }
}
