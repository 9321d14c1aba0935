package org.retort.node.ml;

/** What to do with a row that has no value (null or NaN) in a feature column or the target. */
public enum MissingValues {
    /** Leave the row out of training and count it ("rows dropped, missing value"). */
    DROP_ROW,
    /** Send the row to the failure port, naming the column. */
    FAIL_ROW,
    /** Replace a missing feature value by the mean of that feature over the training rows; a missing target still fails the row. */
    IMPUTE_MEAN
}
