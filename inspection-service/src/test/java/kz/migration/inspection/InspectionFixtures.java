package kz.migration.inspection;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.http.conn.params.ConnRoutePNames;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventCodec;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.testing.TestIdentifiers;
import kz.migration.testsupport.TestTokens;

/**
 * Test data and the feeds: contracts and permits reach the service only as real CloudEvents on contract.events and
 * permit.events, as the contract registry (with the inspectorate's fields it will add) and permit-service publish them.
 */
public final class InspectionFixtures implements AutoCloseable {

    public static final String ALMATY = "750000000";
    public static final String ASTANA = "710000000";
    public static final BigDecimal SALARY = new BigDecimal("600000.00");

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 400_000));

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, String> producer;
    private final DataSource dataSource;

    /** A worker's employment as the read-models hold it: the permit and the contract on it. */
    public record Employment(PermitIssued permit, ContractRegistered contract) {

        public String passport() {
            return permit.workerDocumentNumber();
        }

        public String contractNumber() {
            return contract.contractNumber();
        }

        public String permitNumber() {
            return permit.permitNumber();
        }

        public String bin() {
            return permit.employerBin();
        }
    }

    public InspectionFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    public static String randomBin() {
        return TestIdentifiers.randomBin();
    }

    public static String randomPassport() {
        return "N" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    public static String number(String prefix) {
        return String.format("%s-2026-%06d", prefix, SERIAL.incrementAndGet());
    }

    /** An employer permit and a contract on it, from {@code start}, published and awaited in the read-models. */
    public Employment employment(String bin, String region, BigDecimal salary, LocalDate start, LocalDate end) {
        String passport = randomPassport();
        PermitIssued permit = new PermitIssued(number("WP"), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "EMPLOYER", bin, region, "CATEGORY_3", "7212", "UZ", passport, start.minusDays(5), end,
                start.getYear(), salary, Instant.now());
        ContractRegistered contract = new ContractRegistered(UUID.randomUUID(), number("LC"), permit.permitNumber(),
                "EMPLOYER", permit.vacancyId(), bin, null, region, "7212", "UZ", start, end, false, 1, Instant.now(),
                passport, "Almaty Stroy LLP", salary, "KZT", 40, null);
        publish(permit.applicationId().toString(), permit);
        publish(contract.contractId().toString(), contract);
        awaitRow("select count(*) from contract_view where contract_number = ?", contract.contractNumber());
        awaitRow("select count(*) from permit_view where permit_number = ?", permit.permitNumber());
        return new Employment(permit, contract);
    }

    /** A year-long employment in Almaty that started on 1 September 2026. */
    public Employment employment(String bin) {
        return employment(bin, ALMATY, SALARY, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
    }

    /** The record the connector would hand a consumer for the payload, without publishing it. */
    public String record(String key, EventPayload payload) {
        return codec.encode(codec.envelope(EventType.of(payload), key, payload, Instant.now(),
                "test-" + UUID.randomUUID(), null));
    }

    public CloudEvent publish(String key, EventPayload payload) {
        CloudEvent event = codec.envelope(EventType.of(payload), key, payload, Instant.now(),
                "test-" + UUID.randomUUID(), null);
        send(event);
        return event;
    }

    /** Sends the envelope (again, for a redelivery) onto its topic and waits for the broker's acknowledgement. */
    public void send(CloudEvent event) {
        try {
            producer.send(new ProducerRecord<>(EventType.fromType(event.type()).orElseThrow().topic().topicName(),
                    event.subject(), codec.encode(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + event.type(), e);
        }
    }

    public void awaitRow(String countQuery, Object parameter) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> queryLong(countQuery, parameter) > 0);
    }

    public long queryLong(String sql, Object... parameters) {
        Object value = query(sql, parameters);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public Object query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A grievance body about the employment. */
    public static Map<String, Object> grievance(Employment employment, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contractNumber", employment.contractNumber());
        body.put("passportNumber", employment.passport());
        body.put("kind", kind);
        body.put("description", "Reported in a test: " + kind);
        body.put("preferredLanguage", "uz");
        return body;
    }

    /**
     * A token-less request from its own loopback address (127.1.x.y), so the public rate limit, a window per client
     * address, never throttles the fixtures of many tests.
     */
    public static RequestSpecification publicly() {
        try {
            InetAddress address = InetAddress.getByAddress(new byte[]{127, 1,
                    (byte) ThreadLocalRandom.current().nextInt(1, 255),
                    (byte) ThreadLocalRandom.current().nextInt(1, 255)});
            return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam(ConnRoutePNames.LOCAL_ADDRESS, address))).contentType(ContentType.JSON);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files as the worker, without a token; answers the receipt. */
    public static Response fileAsWorker(Map<String, Object> body) {
        return publicly().header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/public/grievances");
    }

    /** Files as the worker and returns the case id (looked up by the case number the receipt names). */
    public UUID filed(Map<String, Object> body) {
        String caseNumber = fileAsWorker(body).then().statusCode(201).extract().path("caseNumber");
        return caseId(caseNumber);
    }

    public UUID caseId(String caseNumber) {
        return (UUID) query("select id from inspection_case where case_number = ?", caseNumber);
    }

    public static String inspector(String region) {
        return TestTokens.inspector(region);
    }

    public static Response openInspection(String region, UUID caseId) {
        return given().auth().oauth2(inspector(region)).post("/api/v1/cases/{id}/inspection", caseId);
    }

    public static Response decide(String region, UUID caseId, Map<String, Object> finding) {
        return given().auth().oauth2(inspector(region)).contentType(ContentType.JSON).body(finding)
                .post("/api/v1/cases/{id}/finding", caseId);
    }

    public static Map<String, Object> finding(String outcome, String ground) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("outcome", outcome);
        if (ground != null) {
            finding.put("legalGround", ground);
        }
        return finding;
    }

    /** A salary payment body. */
    public static Map<String, Object> payment(String contractNumber, String period, String amount, LocalDate paidOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paymentReference", "PAY-" + UUID.randomUUID());
        body.put("contractNumber", contractNumber);
        body.put("period", period);
        body.put("amount", amount);
        body.put("currency", "KZT");
        body.put("paidOn", paidOn.toString());
        return body;
    }

    public static Response report(Map<String, Object> payment) {
        return given().auth().oauth2(TestTokens.role("payment-gateway")).contentType(ContentType.JSON).body(payment)
                .post("/api/v1/wage-payments");
    }

    public static List<String> kinds() {
        return List.of("PASSPORT_WITHHELD", "WAGES_UNPAID_OR_LATE", "TERMS_DIFFER_FROM_CONTRACT", "NO_CONTRACT_GIVEN",
                "EXCESSIVE_HOURS", "THREAT_OR_FORCED_LABOUR", "RECRUITMENT_FEE_CHARGED", "OTHER");
    }

    @Override
    public void close() {
        producer.close();
    }
}
