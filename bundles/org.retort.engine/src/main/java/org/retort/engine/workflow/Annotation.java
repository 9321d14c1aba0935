package org.retort.engine.workflow;

/**
 * A note on the canvas: free text the editor draws at a place, for people only (the engine ignores it). Kept with
 * the layout, apart from the logic.
 *
 * @param id     unique among the workflow's annotations
 * @param text   the note, at most {@value #MAX_TEXT} characters
 * @param x      where it is drawn
 * @param y      where it is drawn
 * @param width  its width, or 0 for the editor's default
 * @param height its height, or 0 for the editor's default
 */
public record Annotation(String id, String text, double x, double y, double width, double height) {

    /** The longest note text. */
    public static final int MAX_TEXT = 10_000;

    public Annotation {
        text = text == null ? "" : text;
    }
}
