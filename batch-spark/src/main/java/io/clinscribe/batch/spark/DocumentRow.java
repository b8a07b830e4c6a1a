package io.clinscribe.batch.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One input's result: its path, the document as clinscribe.entries/v1 JSON (exactly what the local batch
 * writes), whether it failed and why, and its entries as rows. A Spark bean.
 */
public final class DocumentRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String inputPath;
    private String inputKind;
    private String documentId;
    private String json;
    private boolean failed;
    private String reason;
    private int entriesNeedingReview;
    private List<EntryRow> entries = new ArrayList<>();

    public DocumentRow() {
    }

    public String getInputPath() { return inputPath; }
    public void setInputPath(String v) { inputPath = v; }
    public String getInputKind() { return inputKind; }
    public void setInputKind(String v) { inputKind = v; }
    public String getDocumentId() { return documentId; }
    public void setDocumentId(String v) { documentId = v; }
    public String getJson() { return json; }
    public void setJson(String v) { json = v; }
    public boolean isFailed() { return failed; }
    public void setFailed(boolean v) { failed = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public int getEntriesNeedingReview() { return entriesNeedingReview; }
    public void setEntriesNeedingReview(int v) { entriesNeedingReview = v; }
    public List<EntryRow> getEntries() { return entries; }
    public void setEntries(List<EntryRow> v) { entries = v; }
}
