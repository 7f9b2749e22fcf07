# The referee of tst_ratings_mixedmodel: fits score ~ 0 + system + (1|rater) + (1|item) by REML
# with lme4 (and Satterthwaite's df with lmerTest when it is installed) and prints key,value
# lines. Usage: Rscript lme4-referee.R ratings.csv
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], colClasses = c("character", "character", "character", "numeric"))
d$system <- factor(d$system, levels = unique(d$system))
has_lmertest <- requireNamespace("lmerTest", quietly = TRUE)
fit_with <- if (has_lmertest) lmerTest::lmer else lme4::lmer
ctrl <- lme4::lmerControl(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5),
                          check.conv.singular = "ignore")
m <- fit_with(score ~ 0 + system + (1 | rater) + (1 | item), data = d, REML = TRUE,
              control = ctrl)
out <- function(key, value) cat(key, ",", format(value, digits = 17), "\n", sep = "")
vc <- as.data.frame(lme4::VarCorr(m))
out("var_rater", vc$vcov[vc$grp == "rater"])
out("var_item", vc$vcov[vc$grp == "item"])
out("var_residual", vc$vcov[vc$grp == "Residual"])
out("reml", lme4::REMLcrit(m))
beta <- lme4::fixef(m)
se <- sqrt(diag(as.matrix(vcov(m))))
p <- length(beta)
for (k in seq_len(p)) {
  out(paste0("beta_", k - 1), beta[[k]])
  out(paste0("se_", k - 1), se[[k]])
  if (has_lmertest) {
    L <- numeric(p); L[k] <- 1
    out(paste0("df_", k - 1), lmerTest::contest1D(m, L)$df)
  }
}
if (has_lmertest && p > 1) {
  for (a in 1:(p - 1)) for (b in (a + 1):p) {
    L <- numeric(p); L[a] <- 1; L[b] <- -1
    r <- lmerTest::contest1D(m, L)
    key <- paste0("contrast_", a - 1, "_", b - 1)
    out(paste0(key, "_df"), r$df)
    out(paste0(key, "_p"), r[["Pr(>|t|)"]])
  }
}
