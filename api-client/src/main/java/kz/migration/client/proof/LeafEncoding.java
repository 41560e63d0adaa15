package kz.migration.client.proof;

/**
 * Turns the public preimage of a log entry into the leaf bytes the log hashed. The registry's own encoding is
 * {@link RegistryProofs#REGISTRY_LEAF}; another log, or a later leaf format, plugs in its own.
 */
@FunctionalInterface
public interface LeafEncoding<P> {

    byte[] encode(P preimage);
}
