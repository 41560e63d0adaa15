package kz.migration.acceptance;

import java.time.LocalDate;
import java.util.UUID;

import kz.migration.client.contract.api.ContractsApi;
import kz.migration.client.contract.api.PublicContractCheckApi;
import kz.migration.client.contract.api.RegistryLogApi;
import kz.migration.client.contract.model.ContractLookupRequest;
import kz.migration.client.contract.model.RegisterContractRequest;
import kz.migration.client.contract.model.TerminateContractRequest;
import kz.migration.client.contract.model.TerminationReason;
import kz.migration.client.contract.model.WorkerDetails;

/** contract-registry-service as the scenarios use it, through the generated client: every call goes through here. */
final class Contracts {

    /** What the employer registers; the employer itself is the token's BIN. */
    record Draft(String workerName, String passportNumber, String citizenship, String permitNumber,
            String occupationCode, String region, LocalDate startDate, LocalDate endDate, String salary,
            LocalDate signedOn) {
    }

    /** The operations' classes for one caller (each builds its own HTTP client, so they are kept per token). */
    private record Caller(ContractsApi contracts, RegistryLogApi registry, PublicContractCheckApi lookup) {
    }

    private final RegistryClients.PerToken<Caller> callers;
    private final RequestKeys keys;

    Contracts(String baseUrl, RequestKeys keys) {
        this.callers = RegistryClients.contract(baseUrl, client -> new Caller(new ContractsApi(client),
                new RegistryLogApi(client), new PublicContractCheckApi(client)));
        this.keys = keys;
    }

    private Caller as(String token) {
        return callers.as(token);
    }

    Reply register(String employer, Draft draft) {
        RegisterContractRequest request = new RegisterContractRequest()
                .worker(new WorkerDetails().fullName(draft.workerName()).passportNumber(draft.passportNumber())
                        .citizenship(draft.citizenship()))
                .permitNumber(draft.permitNumber()).position("Senior Java developer")
                .occupationCode(draft.occupationCode()).region(draft.region()).startDate(draft.startDate())
                .endDate(draft.endDate()).salary(draft.salary()).currency("KZT").weeklyHours(40)
                .signedOn(draft.signedOn());
        return ClientReplies.call(() -> as(employer).contracts().registerContractWithHttpInfo(
                keys.key("registerContract", employer, request), request));
    }

    Reply get(String token, String contractId) {
        return ClientReplies.call(() -> as(token).contracts().getContractWithHttpInfo(UUID.fromString(contractId)));
    }

    Reply terminate(String employer, String contractId, String etag, LocalDate terminatedOn, String reason) {
        TerminateContractRequest request = new TerminateContractRequest().terminatedOn(terminatedOn)
                .reason(TerminationReason.fromValue(reason));
        return ClientReplies.call(() -> as(employer).contracts().terminateContractWithHttpInfo(
                UUID.fromString(contractId), request, etag));
    }

    Reply byPermit(String token, String permitNumber) {
        return ClientReplies.call(() -> as(token).contracts().searchContractsWithHttpInfo(null, null, null, null,
                200, permitNumber, null, null, null, null, null, null, null));
    }

    Reply verifyRegistry(String token) {
        return ClientReplies.call(() -> as(token).registry().verifyRegistryWithHttpInfo());
    }

    Reply proof(String token, long sequence) {
        return ClientReplies.call(() -> as(token).registry().registryEntryProofWithHttpInfo(sequence));
    }

    Reply publicLookup(String contractNumber, String passportNumber) {
        ContractLookupRequest request = new ContractLookupRequest().contractNumber(contractNumber)
                .passportNumber(passportNumber);
        return ClientReplies.call(() -> callers.withoutToken().lookup().lookupContractWithHttpInfo(request));
    }
}
