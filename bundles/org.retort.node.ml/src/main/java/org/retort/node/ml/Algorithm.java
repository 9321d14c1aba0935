package org.retort.node.ml;

import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.tree.ExtraTreesTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/** The learning algorithms, each a Tribuo trainer for either task; see {@code Train.md} for the settings. */
public enum Algorithm {
    /** A linear model fitted by stochastic gradient descent (squared loss, or logistic loss for classes), AdaGrad. */
    LINEAR_SGD,
    /** One CART decision tree. */
    CART,
    /** Bagged CART trees, each split choosing among a random subset of the features. */
    RANDOM_FOREST,
    /**
     * Extremely randomized trees (Geurts, Ernst &amp; Wehenkel 2006): CART trees whose every split draws its cut-point of
     * each candidate feature at random and keeps the best of them, among ⅓ of the features (regression; the paper's
     * default is all of them, three times slower, see {@code Train.md}) or √p of them (classification, the paper's
     * default); Tribuo's {@code ExtraTreesTrainer}, which grows each tree on a bootstrap sample (the paper uses the
     * whole sample).
     */
    EXTRA_TREES,
    /** Gradient-boosted trees (XGBoost through xgboost4j). */
    XGBOOST;

    /** Tribuo's default minimum child weight of a CART split. */
    private static final float MIN_CHILD_WEIGHT = 5f;
    /** Epochs of linear SGD. */
    static final int EPOCHS = 10;
    /** XGBoost threads: one, so the same seed gives the same model on any machine. */
    private static final int XGBOOST_THREADS = 1;

    /** A regression trainer; {@code maxDepth} 0 means the algorithm's default (XGBoost 6, trees unlimited). */
    Trainer<Regressor> regression(int trees, int maxDepth, int features, long seed) {
        return switch (this) {
            case LINEAR_SGD -> new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1, 0.1), EPOCHS, -1, seed);
            case CART -> new CARTRegressionTrainer(treeDepth(maxDepth), MIN_CHILD_WEIGHT, 0f, 1f, false, new MeanSquaredError(), seed);
            case RANDOM_FOREST -> new RandomForestTrainer<>(
                    new CARTRegressionTrainer(treeDepth(maxDepth), MIN_CHILD_WEIGHT, 0f, 1f / 3, false, new MeanSquaredError(), seed),
                    new AveragingCombiner(), trees, seed);
            case EXTRA_TREES -> new ExtraTreesTrainer<>(
                    new CARTRegressionTrainer(treeDepth(maxDepth), MIN_CHILD_WEIGHT, 0f, 1f / 3, true, new MeanSquaredError(), seed),
                    new AveragingCombiner(), trees, seed);
            case XGBOOST -> new XGBoostRegressionTrainer(XGBoostRegressionTrainer.RegressionType.LINEAR, trees, 0.3, 0, boostDepth(maxDepth),
                    1, 1, 1, 1, 0, XGBOOST_THREADS, true, seed);
        };
    }

    /** A classification trainer; {@code maxDepth} 0 means the algorithm's default. */
    Trainer<Label> classification(int trees, int maxDepth, int features, long seed) {
        return switch (this) {
            case LINEAR_SGD -> new org.tribuo.classification.sgd.linear.LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, -1, seed);
            case CART -> new CARTClassificationTrainer(treeDepth(maxDepth), MIN_CHILD_WEIGHT, 0f, 1f, false, new GiniIndex(), seed);
            case RANDOM_FOREST -> new RandomForestTrainer<>(
                    new CARTClassificationTrainer(treeDepth(maxDepth), MIN_CHILD_WEIGHT, 0f,
                            squareRootShare(features), false, new GiniIndex(), seed),
                    new VotingCombiner(), trees, seed);
            case EXTRA_TREES -> new ExtraTreesTrainer<>(
                    new CARTClassificationTrainer(treeDepth(maxDepth), MIN_CHILD_WEIGHT, 0f, squareRootShare(features), true, new GiniIndex(), seed),
                    new VotingCombiner(), trees, seed);
            case XGBOOST -> new XGBoostClassificationTrainer(trees, 0.3, 0, boostDepth(maxDepth), 1, 1, 1, 1, 0, XGBOOST_THREADS, true, seed);
        };
    }

    /** The share of {@code features} features that is √p of them (at most all). */
    private static float squareRootShare(int features) {
        return (float) Math.min(1.0, Math.sqrt(features) / features);
    }

    private static int treeDepth(int maxDepth) {
        return maxDepth == 0 ? Integer.MAX_VALUE : maxDepth;
    }

    private static int boostDepth(int maxDepth) {
        return maxDepth == 0 ? 6 : maxDepth;
    }
}
