package kz.migration.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The hand-written canonical state against the way it was first written, a sorted map through Jackson: the same
 * bytes for random contracts (any characters, any instant and date), so every state hash ever recorded still
 * verifies.
 */
class CanonicalJsonTest {

    private static final ObjectMapper SORTED = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** Seconds of 0000-01-01 and 9999-12-31T23:59:59, and a margin on either side. */
    private static final long FIRST = -62_167_219_200L - 86_400L * 800;
    private static final long LAST = 253_402_300_799L + 86_400L * 800;

    @Test
    void randomContractsHaveTheStateJacksonWroteForThem() throws Exception {
        SplittableRandom random = new SplittableRandom(22);
        for (int i = 0; i < 20_000; i++) {
            LabourContract c = TestContracts.contract();
            c.id = new UUID(random.nextLong(), random.nextLong());
            c.contractNumber = text(random);
            c.permitNumber = random.nextInt(4) == 0 ? null : text(random);
            c.permitKind = random.nextBoolean()
                    ? null
                    : PermitKind.values()[random.nextInt(PermitKind.values().length)];
            c.vacancyId = random.nextBoolean() ? null : new UUID(random.nextLong(), random.nextLong());
            c.employerBin = random.nextBoolean() ? null : text(random);
            c.employerIin = random.nextBoolean() ? null : text(random);
            c.region = text(random);
            c.workerFullName = text(random);
            c.workerPassport = text(random);
            c.workerCitizenship = text(random);
            c.workerIin = random.nextBoolean() ? null : text(random);
            c.position = text(random);
            c.occupationCode = text(random);
            c.startDate = date(random);
            c.endDate = random.nextBoolean() ? null : date(random);
            c.salary = BigDecimal.valueOf(random.nextLong(1, 100_000_000_000_000L), 2);
            c.currency = text(random);
            c.weeklyHours = (short) random.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
            c.signedOn = date(random);
            c.registeredAt = instant(random);
            c.late = random.nextBoolean();
            c.status = ContractStatus.values()[random.nextInt(ContractStatus.values().length)];
            c.terminatedOn = random.nextBoolean() ? null : date(random);
            c.terminationReason = random.nextBoolean()
                    ? null
                    : TerminationReason.values()[random.nextInt(TerminationReason.values().length)];
            c.terminationNote = random.nextBoolean() ? null : text(random);
            c.amendmentCount = random.nextInt();
            c.lateAmendments = random.nextInt();
            LocalDate replacedOn = random.nextBoolean() ? null : date(random);
            assertEquals(asJacksonWroteIt(c, replacedOn), RegistryHashes.canonicalState(c, replacedOn));
        }
    }

    @Test
    void instantsAndDatesAreWrittenAsTheirToString() {
        SplittableRandom random = new SplittableRandom(9162);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = instant(random);
            LocalDate date = date(random);
            assertEquals("{\"at\":\"" + instant + "\",\"on\":\"" + date + "\"}",
                    new CanonicalJson(64).instant("at", instant).date("on", date).end());
        }
        for (String edge : new String[]{"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
                "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00.001Z",
                "1969-12-31T23:59:59.000001Z"}) {
            Instant instant = Instant.parse(edge);
            assertEquals("{\"at\":\"" + instant + "\"}", new CanonicalJson(64).instant("at", instant).end());
        }
    }

    /** Up to 12 characters, mostly ASCII with every control character, some Cyrillic, others and surrogates. */
    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(13); n > 0; n--) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append((char) random.nextInt(0x400, 0x500));
                case 2 -> text.append((char) random.nextInt(0x80, 0x10000));
                case 3 -> text.append("\"\\/".charAt(random.nextInt(3)));
                default -> text.append((char) random.nextInt(0x20, 0x80));
            }
        }
        return text.toString();
    }

    private static LocalDate date(SplittableRandom random) {
        return LocalDate.ofEpochDay(Math.floorDiv(random.nextLong(FIRST, LAST), 86_400));
    }

    /** Nanoseconds of every kind ISO_INSTANT tells apart: none, milli-, micro- and nanosecond precision. */
    private static Instant instant(SplittableRandom random) {
        int nanos = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(random.nextLong(FIRST, LAST), nanos);
    }

    /** The canonical state as it was written until the members were written by hand. */
    private static String asJacksonWroteIt(LabourContract c, LocalDate replacedOn) throws Exception {
        Map<String, Object> state = new TreeMap<>();
        state.put("id", c.id.toString());
        state.put("contractNumber", c.contractNumber);
        state.put("permitNumber", c.permitNumber);
        state.put("permitKind", c.permitKind == null ? null : c.permitKind.name());
        state.put("vacancyId", c.vacancyId == null ? null : c.vacancyId.toString());
        state.put("employerBin", c.employerBin);
        state.put("employerIin", c.employerIin);
        state.put("region", c.region);
        state.put("workerFullName", c.workerFullName);
        state.put("workerPassport", c.workerPassport);
        state.put("workerCitizenship", c.workerCitizenship);
        state.put("workerIin", c.workerIin);
        state.put("position", c.position);
        state.put("occupationCode", c.occupationCode);
        state.put("startDate", text(c.startDate));
        state.put("endDate", text(c.endDate));
        state.put("salary", c.salary.setScale(2).toPlainString());
        state.put("currency", c.currency);
        state.put("weeklyHours", (int) c.weeklyHours);
        state.put("signedOn", text(c.signedOn));
        state.put("registeredAt", c.registeredAt.truncatedTo(ChronoUnit.MICROS).toString());
        state.put("late", c.late);
        state.put("status", c.status.name());
        state.put("terminatedOn", text(c.terminatedOn));
        state.put("terminationReason", c.terminationReason == null ? null : c.terminationReason.name());
        state.put("terminationNote", c.terminationNote);
        state.put("amendmentCount", c.amendmentCount);
        state.put("lateAmendments", c.lateAmendments);
        state.put("replacedByCitizenOn", text(replacedOn));
        return SORTED.writeValueAsString(state);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
