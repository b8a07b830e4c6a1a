package io.clinscribe.delivery.outbox.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.EntryOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DeliveryReceipt} as the JSON kept with a delivered item: per entry its id, outcome, the EHR's id
 * and the adapter's detail (ids and codes by the SPI's contract, never patient text).
 */
public final class ReceiptJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public String write(DeliveryReceipt receipt) {
        ObjectNode root = mapper.createObjectNode();
        root.put("deliveryId", receipt.deliveryId());
        root.put("adapter", receipt.adapter());
        root.put("completedAt", receipt.completedAt().toString());
        ArrayNode entries = root.putArray("entries");
        for (EntryOutcome e : receipt.entries()) {
            ObjectNode n = entries.addObject();
            n.put("index", e.index());
            n.put("entryId", e.entryId());
            n.put("status", e.status().name());
            e.remoteId().ifPresent(id -> n.put("remoteId", id));
            if (!e.detail().isEmpty()) {
                n.put("detail", e.detail());
            }
        }
        ArrayNode documents = root.putArray("documentIds");
        receipt.documentIds().forEach(documents::add);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    public DeliveryReceipt read(String json) throws JsonProcessingException {
        JsonNode root = mapper.readTree(json);
        List<EntryOutcome> entries = new ArrayList<>();
        for (JsonNode n : root.path("entries")) {
            entries.add(new EntryOutcome(n.path("index").asInt(), n.path("entryId").asText(),
                    EntryOutcome.Status.valueOf(n.path("status").asText()),
                    Optional.ofNullable(n.get("remoteId")).map(JsonNode::asText), n.path("detail").asText("")));
        }
        List<String> documents = new ArrayList<>();
        root.path("documentIds").forEach(d -> documents.add(d.asText()));
        return new DeliveryReceipt(root.path("deliveryId").asText(), root.path("adapter").asText(),
                Instant.parse(root.path("completedAt").asText()), entries, documents);
    }
}
