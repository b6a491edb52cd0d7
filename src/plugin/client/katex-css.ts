// Self-hosted KaTeX styles (and fonts, emitted by the bundler), loaded only by routes whose page has math.
import 'katex/dist/katex.min.css';
