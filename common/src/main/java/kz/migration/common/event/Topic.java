package kz.migration.common.event;

/** One topic per owning service; the key of every record is the aggregate id, so an aggregate stays in order. */
public enum Topic {

    // @formatter:off
    VACANCY("vacancy.events", "vacancy-service"),
    PERMIT("permit.events", "permit-service"),
    QUOTA("quota.events", "quota-service"),
    CONTRACT("contract.events", "contract-registry-service"),
    INSPECTION("inspection.events", "inspection-service");
    // @formatter:on

    private final String topicName;
    private final String owner;

    Topic(String topicName, String owner) {
        this.topicName = topicName;
        this.owner = owner;
    }

    public String topicName() {
        return topicName;
    }

    /** Where poison messages of this topic go, with the failure in the record headers. */
    public String deadLetterTopicName() {
        return topicName + ".dlq";
    }

    /** The CloudEvents {@code source} of this topic's events. */
    public String owner() {
        return owner;
    }
}
