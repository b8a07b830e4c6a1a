package io.clinscribe.batch.spark;

import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry as a row of the {@code entries} Parquet dataset: where it is (document, span, audio range or page
 * box), what it is (kind, codes), and what the note asserts of it. A Spark bean; absent values are nulls.
 */
public final class EntryRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String documentId;
    private String inputPath;
    private String inputKind;
    private int index;
    private String kind;
    private String text;
    private int begin;
    private int end;
    private List<CodeRow> codes = new ArrayList<>();
    private boolean negated;
    private boolean uncertain;
    private boolean hypothetical;
    private boolean historical;
    private String subject;
    private String section;
    private double confidence;
    private boolean needsReview;
    private List<String> reviewReasons = new ArrayList<>();
    private Long audioStartMs;
    private Long audioEndMs;
    private Integer page;
    private List<Integer> box;

    public EntryRow() {
    }

    static EntryRow of(String documentId, String inputPath, String inputKind, int index, Entry entry) {
        EntryRow row = new EntryRow();
        Mention m = entry.mention();
        row.documentId = documentId;
        row.inputPath = inputPath;
        row.inputKind = inputKind;
        row.index = index;
        row.kind = entry.kind().code();
        row.text = m.text();
        row.begin = m.span().begin();
        row.end = m.span().end();
        m.codes().forEach(c -> row.codes.add(new CodeRow(c.system(), c.code(), c.display())));
        row.negated = m.assertion().negated();
        row.uncertain = m.assertion().uncertain();
        row.hypothetical = m.assertion().hypothetical();
        row.historical = m.assertion().historical();
        row.subject = m.assertion().subject().code();
        row.section = m.section().orElse(null);
        row.confidence = m.confidence();
        row.needsReview = m.needsReview();
        row.reviewReasons = new ArrayList<>(m.reviewReasons());
        m.provenance().audio().ifPresent(a -> {
            row.audioStartMs = a.startMillis();
            row.audioEndMs = a.endMillis();
        });
        m.provenance().page().ifPresent(p -> {
            row.page = p.page();
            row.box = List.of(p.x0(), p.y0(), p.x1(), p.y1());
        });
        return row;
    }

    public String getDocumentId() { return documentId; }
    public void setDocumentId(String v) { documentId = v; }
    public String getInputPath() { return inputPath; }
    public void setInputPath(String v) { inputPath = v; }
    public String getInputKind() { return inputKind; }
    public void setInputKind(String v) { inputKind = v; }
    public int getIndex() { return index; }
    public void setIndex(int v) { index = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public int getBegin() { return begin; }
    public void setBegin(int v) { begin = v; }
    public int getEnd() { return end; }
    public void setEnd(int v) { end = v; }
    public List<CodeRow> getCodes() { return codes; }
    public void setCodes(List<CodeRow> v) { codes = v; }
    public boolean isNegated() { return negated; }
    public void setNegated(boolean v) { negated = v; }
    public boolean isUncertain() { return uncertain; }
    public void setUncertain(boolean v) { uncertain = v; }
    public boolean isHypothetical() { return hypothetical; }
    public void setHypothetical(boolean v) { hypothetical = v; }
    public boolean isHistorical() { return historical; }
    public void setHistorical(boolean v) { historical = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getSection() { return section; }
    public void setSection(String v) { section = v; }
    public double getConfidence() { return confidence; }
    public void setConfidence(double v) { confidence = v; }
    public boolean isNeedsReview() { return needsReview; }
    public void setNeedsReview(boolean v) { needsReview = v; }
    public List<String> getReviewReasons() { return reviewReasons; }
    public void setReviewReasons(List<String> v) { reviewReasons = v; }
    public Long getAudioStartMs() { return audioStartMs; }
    public void setAudioStartMs(Long v) { audioStartMs = v; }
    public Long getAudioEndMs() { return audioEndMs; }
    public void setAudioEndMs(Long v) { audioEndMs = v; }
    public Integer getPage() { return page; }
    public void setPage(Integer v) { page = v; }
    public List<Integer> getBox() { return box; }
    public void setBox(List<Integer> v) { box = v; }
}
