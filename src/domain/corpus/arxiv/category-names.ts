/**
 * arXiv's category names, as OAI-PMH `oai_dc` writes them in `<dc:subject>`
 * ("Computer Science - Computation and Language"), mapped to their codes (`cs.CL`).
 * `oai_dc` is the only format that gives names instead of codes. Subjects that are not
 * arXiv categories (ACM classes `I.2.7`, MSC codes) are not in the table and are ignored.
 */
const ARCHIVES: Record<string, [prefix: string, classes: Record<string, string>]> = {
  'Computer Science': ['cs', {
    'Artificial Intelligence': 'AI', 'Hardware Architecture': 'AR', 'Computational Complexity': 'CC',
    'Computational Engineering, Finance, and Science': 'CE', 'Computational Geometry': 'CG', 'Computation and Language': 'CL',
    'Cryptography and Security': 'CR', 'Computer Vision and Pattern Recognition': 'CV', 'Computers and Society': 'CY',
    'Databases': 'DB', 'Distributed, Parallel, and Cluster Computing': 'DC', 'Digital Libraries': 'DL', 'Discrete Mathematics': 'DM',
    'Data Structures and Algorithms': 'DS', 'Emerging Technologies': 'ET', 'Formal Languages and Automata Theory': 'FL',
    'General Literature': 'GL', 'Graphics': 'GR', 'Computer Science and Game Theory': 'GT', 'Human-Computer Interaction': 'HC',
    'Information Retrieval': 'IR', 'Information Theory': 'IT', 'Machine Learning': 'LG', 'Logic in Computer Science': 'LO',
    'Multiagent Systems': 'MA', 'Multimedia': 'MM', 'Mathematical Software': 'MS', 'Numerical Analysis': 'NA',
    'Neural and Evolutionary Computing': 'NE', 'Networking and Internet Architecture': 'NI', 'Other Computer Science': 'OH',
    'Operating Systems': 'OS', 'Performance': 'PF', 'Programming Languages': 'PL', 'Robotics': 'RO',
    'Symbolic Computation': 'SC', 'Sound': 'SD', 'Software Engineering': 'SE', 'Social and Information Networks': 'SI', 'Systems and Control': 'SY',
  }],
  'Statistics': ['stat', { 'Applications': 'AP', 'Computation': 'CO', 'Methodology': 'ME', 'Machine Learning': 'ML', 'Other Statistics': 'OT', 'Statistics Theory': 'TH' }],
  'Electrical Engineering and Systems Science': ['eess', { 'Audio and Speech Processing': 'AS', 'Image and Video Processing': 'IV', 'Signal Processing': 'SP', 'Systems and Control': 'SY' }],
  'Economics': ['econ', { 'Econometrics': 'EM', 'General Economics': 'GN', 'Theoretical Economics': 'TH' }],
  'Mathematics': ['math', {
    'Commutative Algebra': 'AC', 'Algebraic Geometry': 'AG', 'Analysis of PDEs': 'AP', 'Algebraic Topology': 'AT', 'Classical Analysis and ODEs': 'CA',
    'Combinatorics': 'CO', 'Category Theory': 'CT', 'Complex Variables': 'CV', 'Differential Geometry': 'DG', 'Dynamical Systems': 'DS',
    'Functional Analysis': 'FA', 'General Mathematics': 'GM', 'General Topology': 'GN', 'Group Theory': 'GR', 'Geometric Topology': 'GT',
    'History and Overview': 'HO', 'Information Theory': 'IT', 'K-Theory and Homology': 'KT', 'Logic': 'LO', 'Metric Geometry': 'MG',
    'Mathematical Physics': 'MP', 'Numerical Analysis': 'NA', 'Number Theory': 'NT', 'Operator Algebras': 'OA', 'Optimization and Control': 'OC',
    'Probability': 'PR', 'Quantum Algebra': 'QA', 'Rings and Algebras': 'RA', 'Representation Theory': 'RT', 'Symplectic Geometry': 'SG',
    'Spectral Theory': 'SP', 'Statistics Theory': 'ST',
  }],
  'Physics': ['physics', {
    'Accelerator Physics': 'acc-ph', 'Atmospheric and Oceanic Physics': 'ao-ph', 'Applied Physics': 'app-ph', 'Atomic and Molecular Clusters': 'atm-clus',
    'Atomic Physics': 'atom-ph', 'Biological Physics': 'bio-ph', 'Chemical Physics': 'chem-ph', 'Classical Physics': 'class-ph',
    'Computational Physics': 'comp-ph', 'Data Analysis, Statistics and Probability': 'data-an', 'Physics Education': 'ed-ph',
    'Fluid Dynamics': 'flu-dyn', 'General Physics': 'gen-ph', 'Geophysics': 'geo-ph', 'History and Philosophy of Physics': 'hist-ph',
    'Instrumentation and Detectors': 'ins-det', 'Medical Physics': 'med-ph', 'Optics': 'optics', 'Plasma Physics': 'plasm-ph',
    'Popular Physics': 'pop-ph', 'Physics and Society': 'soc-ph', 'Space Physics': 'space-ph',
  }],
  'Quantitative Biology': ['q-bio', {
    'Biomolecules': 'BM', 'Cell Behavior': 'CB', 'Genomics': 'GN', 'Molecular Networks': 'MN', 'Neurons and Cognition': 'NC',
    'Other Quantitative Biology': 'OT', 'Populations and Evolution': 'PE', 'Quantitative Methods': 'QM', 'Subcellular Processes': 'SC', 'Tissues and Organs': 'TO',
  }],
  'Quantitative Finance': ['q-fin', {
    'Computational Finance': 'CP', 'Economics': 'EC', 'General Finance': 'GN', 'Mathematical Finance': 'MF', 'Portfolio Management': 'PM',
    'Pricing of Securities': 'PR', 'Risk Management': 'RM', 'Statistical Finance': 'ST', 'Trading and Market Microstructure': 'TR',
  }],
  'Astrophysics': ['astro-ph', {
    'Cosmology and Nongalactic Astrophysics': 'CO', 'Earth and Planetary Astrophysics': 'EP', 'Astrophysics of Galaxies': 'GA',
    'High Energy Astrophysical Phenomena': 'HE', 'Instrumentation and Methods for Astrophysics': 'IM', 'Solar and Stellar Astrophysics': 'SR',
  }],
  'Condensed Matter': ['cond-mat', {
    'Disordered Systems and Neural Networks': 'dis-nn', 'Mesoscale and Nanoscale Physics': 'mes-hall', 'Materials Science': 'mtrl-sci',
    'Other Condensed Matter': 'other', 'Quantum Gases': 'quant-gas', 'Soft Condensed Matter': 'soft', 'Statistical Mechanics': 'stat-mech',
    'Strongly Correlated Electrons': 'str-el', 'Superconductivity': 'supr-con',
  }],
  'Nonlinear Sciences': ['nlin', {
    'Adaptation and Self-Organizing Systems': 'AO', 'Cellular Automata and Lattice Gases': 'CG', 'Chaotic Dynamics': 'CD',
    'Exactly Solvable and Integrable Systems': 'SI', 'Pattern Formation and Solitons': 'PS',
  }],
  'High Energy Physics': ['', { 'Experiment': 'hep-ex', 'Lattice': 'hep-lat', 'Phenomenology': 'hep-ph', 'Theory': 'hep-th' }],
};

const STANDALONE: Record<string, string> = {
  'Quantum Physics': 'quant-ph', 'Mathematical Physics': 'math-ph', 'General Relativity and Quantum Cosmology': 'gr-qc',
  'Nuclear Theory': 'nucl-th', 'Nuclear Experiment': 'nucl-ex',
};

/** `Computer Science - Machine Learning` → `cs.LG`; undefined for anything that is not a category name. */
export function categoryFromSubject(subject: string): string | undefined {
  const text = subject.replace(/\s+/g, ' ').trim();
  if (STANDALONE[text]) return STANDALONE[text];
  const dash = text.indexOf(' - ');
  if (dash < 0) return undefined;
  const archive = ARCHIVES[text.slice(0, dash)];
  const code = archive?.[1][text.slice(dash + 3)];
  if (!archive || !code) return undefined;
  if (archive[0] === '') return code;
  // Physics subject classes are lower-case words (physics.optics); the others are upper-case letters.
  return `${archive[0]}.${code}`;
}

/** OAI set spec → category: `cs` → `cs`, `physics:hep-th` → `hep-th`, `physics:physics` → `physics`. */
export function categoryFromSetSpec(setSpec: string): string | undefined {
  const last = setSpec.trim().split(':').pop() ?? '';
  return /^[a-z][a-z-]*$/.test(last) ? last : undefined;
}
