package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.agreement.Commitment;
import org.uhcmodel.agreement.CommitmentKind;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Money;

/** The writer's exact output: property order, omission of absent values, sorted sets, compact and pretty forms. */
class UhcJsonWriterTest {

    private static final Organization FUND = Organization.builder()
        .id(EntityId.of("dz-cnas"))
        .name(LocalizedText.builder().putEntry("fr", "CNAS").putEntry("ar", "الصندوق").build())
        .kind(OrganizationKind.SOCIAL_SECURITY_FUND)
        .country(CountryCode.of("DZ"))
        .build();

    @Test
    void compactOutputFollowsTheAccessorOrderAndOmitsAbsentValues() {
        assertEquals("{\"id\":\"dz-cnas\",\"name\":{\"fr\":\"CNAS\",\"ar\":\"الصندوق\"},"
            + "\"kind\":\"social-security-fund\",\"country\":\"DZ\"}", UhcJson.writer().write(FUND));
    }

    @Test
    void prettyOutputIndentsByTwoSpacesWithLineFeeds() {
        assertEquals("{\n"
            + "  \"id\": \"dz-cnas\",\n"
            + "  \"name\": {\n"
            + "    \"fr\": \"CNAS\",\n"
            + "    \"ar\": \"الصندوق\"\n"
            + "  },\n"
            + "  \"kind\": \"social-security-fund\",\n"
            + "  \"country\": \"DZ\"\n"
            + "}", UhcJson.writer().pretty().write(FUND));
    }

    @Test
    void setsAreWrittenSortedByCodeWhateverTheInsertionOrder() {
        Commitment a = Commitment.builder().kind(CommitmentKind.TRAINING)
            .addArea(CooperationArea.ONCOLOGY).addArea(CooperationArea.CARDIAC_SURGERY).build();
        Commitment b = Commitment.builder().kind(CommitmentKind.TRAINING)
            .addArea(CooperationArea.CARDIAC_SURGERY).addArea(CooperationArea.ONCOLOGY).build();
        assertEquals("{\"kind\":\"training\",\"areas\":[\"cardiac-surgery\",\"oncology\"]}", UhcJson.writer().write(a));
        assertEquals(UhcJson.writer().write(a), UhcJson.writer().write(b));
    }

    @Test
    void moneyIsWrittenAsADecimalStringNeverAFloat() {
        assertEquals("{\"amount\":\"1500000.50\",\"currency\":\"EUR\"}",
            UhcJson.writer().write(Money.of("1500000.50", "EUR")));
        assertEquals("{\"amount\":\"12345678901234567890.12\",\"currency\":\"USD\"}",
            UhcJson.writer().write(Money.of("12345678901234567890.12", "USD")));
    }

    @Test
    void writingToAStreamLeavesItOpen() {
        StringWriter out = new StringWriter();
        UhcJson.writer().write(FUND, out);
        out.write("\n");
        assertTrue(out.toString().endsWith("}\n"));
    }

    @Test
    void prettyAndCompactAreTwoFixedWriters() {
        assertSame(UhcJson.writer(), UhcJson.writer().compact());
        assertTrue(UhcJson.writer().pretty().isPretty());
        assertFalse(UhcJson.writer().pretty().compact().isPretty());
    }
}
