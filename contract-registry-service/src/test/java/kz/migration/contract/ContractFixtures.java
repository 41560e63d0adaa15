package kz.migration.contract;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventCodec;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.identifier.BusinessIdentifiers;
import kz.migration.testsupport.TestTokens;

/**
 * Test data and the permit feed: permits reach the service only as real PermitIssued (and later) CloudEvents on
 * permit.events, exactly as permit-service will publish them.
 */
public final class ContractFixtures implements AutoCloseable {

    public static final String ALMATY = "750000000";
    public static final String ASTANA = "710000000";
    public static final String SOFTWARE_DEVELOPER = "2512";
    public static final String WELDER = "7212";

    private static final AtomicInteger PERMIT_SERIAL = new AtomicInteger(
            ThreadLocalRandom.current().nextInt(1, 400_000));

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, String> producer;
    private final DataSource dataSource;

    public ContractFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    /** A random valid BIN; retries the rare 11 digits that have no check digit. */
    public static String randomBin() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 11; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            try {
                return BusinessIdentifiers.withCheckDigit(digits.toString());
            } catch (IllegalArgumentException noCheckDigit) {
                // try other digits
            }
        }
    }

    /** A random valid IIN of a private individual (the same 12-digit check-digit scheme as a BIN). */
    public static String randomIin() {
        return randomBin();
    }

    public static String randomPassport() {
        return "N" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    public static String permitNumber(String prefix) {
        return String.format("%s-2026-%06d", prefix, PERMIT_SERIAL.incrementAndGet());
    }

    /** An employer's permit as permit-service issues it; not yet published. */
    public static PermitIssued employerPermit(String bin, String passport, LocalDate from, LocalDate to) {
        return new PermitIssued(permitNumber("WP"), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "EMPLOYER", bin, ALMATY, "CATEGORY_3", SOFTWARE_DEVELOPER, "UZ", passport, from, to, from.getYear(),
                new BigDecimal("650000.00"), Instant.now());
    }

    /** A labour immigrant's own permit: no employer, no vacancy. */
    public static PermitIssued labourImmigrantPermit(String passport, LocalDate from, LocalDate to) {
        return new PermitIssued(permitNumber("LI"), UUID.randomUUID(), UUID.randomUUID(), null, "LABOUR_IMMIGRANT",
                null, ALMATY, "LABOUR_IMMIGRANT", null, "TJ", passport, from, to, from.getYear(), null,
                Instant.now());
    }

    /** Kafka key of a permit's events (the contract fixed by the lead): the application id, else its own id. */
    public static String key(PermitIssued permit) {
        return permit.applicationId() != null ? permit.applicationId().toString() : permit.permitNumber();
    }

    public CloudEvent envelope(String key, EventPayload payload) {
        return codec.envelope(EventType.of(payload), key, payload, Instant.now(), "test-" + UUID.randomUUID(), null);
    }

    /** Sends the envelope onto its topic and waits for the broker's acknowledgement. */
    public void send(CloudEvent event) {
        try {
            producer.send(new ProducerRecord<>(EventType.fromType(event.type()).orElseThrow().topic().topicName(),
                    event.subject(), codec.encode(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + event.type(), e);
        }
    }

    public CloudEvent publish(String key, EventPayload payload) {
        CloudEvent event = envelope(key, payload);
        send(event);
        return event;
    }

    /** Publishes PermitIssued and waits until the read-model holds the permit. */
    public PermitIssued issue(PermitIssued permit) {
        publish(key(permit), permit);
        awaitPermitStatus(permit.permitNumber(), "ISSUED");
        return permit;
    }

    public void awaitPermitStatus(String permitNumber, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> status.equals(queryString("select status from permit_view where permit_number = ?",
                        permitNumber)));
    }

    /**
     * Waits until the sequencer has chained every change recorded so far: registry entries are written by
     * RegistrySequencer after the business transaction commits, not inside it.
     */
    public void awaitChained() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> queryLong("select count(*) from registry_pending") == 0);
    }

    /** A valid registration body for {@code permit}: same worker, region, occupation, dates inside. */
    public static Map<String, Object> registration(PermitIssued permit) {
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("fullName", "Alisher Karimov");
        worker.put("passportNumber", permit.workerDocumentNumber());
        worker.put("citizenship", permit.citizenship() != null ? permit.citizenship() : "UZ");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("worker", worker);
        body.put("permitNumber", permit.permitNumber());
        body.put("position", "Software developer");
        body.put("occupationCode", permit.occupationCode() != null ? permit.occupationCode() : "5152");
        body.put("region", permit.region());
        body.put("startDate", permit.validFrom().plusDays(1).toString());
        body.put("endDate", permit.validTo().toString());
        body.put("salary", "650000.00");
        body.put("currency", "KZT");
        body.put("weeklyHours", 40);
        body.put("signedOn", LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).toString());
        return body;
    }

    /**
     * A valid registration body for a citizen of an EAEU member state ({@code citizenship}): no permit, any region
     * and occupation; signed today, running a year from next week.
     */
    public static Map<String, Object> eaeuRegistration(String citizenship, String passport) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("fullName", "Ivan Petrov");
        worker.put("passportNumber", passport);
        worker.put("citizenship", citizenship);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("worker", worker);
        body.put("position", "Welder");
        body.put("occupationCode", WELDER);
        body.put("region", ALMATY);
        body.put("startDate", today.plusDays(7).toString());
        body.put("endDate", today.plusDays(7).plusYears(1).toString());
        body.put("salary", "420000.00");
        body.put("currency", "KZT");
        body.put("weeklyHours", 40);
        body.put("signedOn", today.toString());
        return body;
    }

    public static Response register(String bin, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.employer(bin)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post("/api/v1/contracts");
    }

    /** Registers as a private individual hiring for the household, identified by {@code iin}. */
    public static Response registerAsIndividual(String iin, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.individualEmployer(iin))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracts");
    }

    public String queryString(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public long queryLong(String sql, Object... params) throws SQLException {
        String value = queryString(sql, params);
        return value == null ? 0 : Long.parseLong(value);
    }

    public int execute(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
