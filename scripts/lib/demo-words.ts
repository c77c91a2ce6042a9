/**
 * Vocabulary for the generated demo corpus, written for paperfeed (no sentence is taken
 * from a real paper). Each research area keeps its models, tasks, methods and data
 * together so that a composed title and abstract stay on one topic.
 */
export interface ResearchArea {
  models: readonly string[];
  tasks: readonly string[];
  methods: readonly string[];
  /** What a dataset in this area is a collection of ("image-text pairs"). */
  items: readonly string[];
  /** Completes "... yet they <challenge>." */
  challenges: readonly string[];
  keywords: readonly string[];
}

export const AREAS: readonly ResearchArea[] = [
  {
    models: ['large language models', 'reasoning models', 'small language models', 'instruction-tuned LLMs'],
    tasks: ['mathematical reasoning', 'long-context reasoning', 'multi-hop question answering', 'theorem proving', 'logical deduction', 'scientific question answering'],
    methods: ['chain-of-thought distillation', 'process reward modeling', 'reinforcement learning with verifiable rewards', 'test-time scaling', 'self-consistency decoding', 'step-level preference optimization'],
    items: ['verified reasoning traces', 'competition-level problems', 'step-annotated solutions', 'synthetic proofs'],
    challenges: ['often produce verbose chains of thought that do not improve accuracy', 'remain brittle when problems require many dependent steps', 'overthink easy questions while underthinking hard ones', 'struggle to verify their own intermediate steps'],
    keywords: ['reasoning', 'chain-of-thought', 'reinforcement learning', 'reward modeling', 'test-time compute', 'math'],
  },
  {
    models: ['vision-language models', 'multimodal large language models', 'vision transformers', 'visual encoders'],
    tasks: ['visual question answering', 'chart understanding', 'document understanding', 'open-vocabulary segmentation', 'visual grounding', 'fine-grained image recognition'],
    methods: ['dynamic-resolution encoding', 'visual token pruning', 'contrastive image-text pretraining', 'region-aware instruction tuning', 'multi-crop feature fusion', 'cross-modal alignment'],
    items: ['image-text pairs', 'annotated charts', 'document pages', 'region-level captions'],
    challenges: ['hallucinate objects that are not present in the image', 'lose fine-grained detail at low input resolution', 'spend most of their compute on redundant visual tokens', 'fail to ground answers in the relevant image regions'],
    keywords: ['vision-language', 'multimodal', 'visual grounding', 'hallucination', 'OCR', 'image understanding'],
  },
  {
    models: ['video diffusion models', 'text-to-video models', 'autoregressive video generators', 'video world models'],
    tasks: ['text-to-video generation', 'long video generation', 'video editing', 'camera-controlled video synthesis', 'talking-head animation', 'video frame interpolation'],
    methods: ['spatiotemporal attention', 'flow matching', 'causal video tokenization', 'motion-aware guidance', 'frame-level noise scheduling', 'diffusion distillation'],
    items: ['captioned video clips', 'high-resolution video segments', 'motion-annotated clips', 'camera trajectories'],
    challenges: ['drift in identity and layout over long horizons', 'require dozens of denoising steps per frame', 'offer little control over camera motion', 'produce physically implausible motion'],
    keywords: ['video generation', 'diffusion', 'temporal consistency', 'motion control', 'world models'],
  },
  {
    models: ['text-to-image diffusion models', 'image generators', 'autoregressive image models', 'latent diffusion models'],
    tasks: ['text-to-image generation', 'instruction-based image editing', 'subject-driven personalization', 'image super-resolution', 'layout-to-image synthesis', 'image inpainting'],
    methods: ['rectified flow', 'classifier-free guidance', 'consistency distillation', 'visual autoregressive modeling', 'attention-map control', 'reward-weighted fine-tuning'],
    items: ['image-caption pairs', 'before-and-after edit triplets', 'aesthetic preference labels', 'subject reference images'],
    challenges: ['misplace or merge objects described in complex prompts', 'leak style and identity across subjects', 'need many sampling steps to reach high fidelity', 'rarely follow precise spatial instructions'],
    keywords: ['image generation', 'diffusion', 'image editing', 'personalization', 'guidance'],
  },
  {
    models: ['speech foundation models', 'audio language models', 'text-to-speech systems', 'spoken dialogue models'],
    tasks: ['automatic speech recognition', 'expressive speech synthesis', 'speech translation', 'music generation', 'audio captioning', 'full-duplex spoken dialogue'],
    methods: ['neural audio codecs', 'discrete speech tokenization', 'streaming transducers', 'prosody-conditioned decoding', 'multi-scale spectral losses', 'speaker-disentangled representations'],
    items: ['hours of transcribed speech', 'multilingual utterances', 'music tracks with descriptions', 'conversational audio turns'],
    challenges: ['degrade sharply on accented and low-resource speech', 'respond with latency that breaks natural turn-taking', 'lose speaker identity in long generations', 'ignore non-verbal cues such as emotion and emphasis'],
    keywords: ['speech', 'audio', 'text-to-speech', 'ASR', 'codec', 'spoken dialogue'],
  },
  {
    models: ['vision-language-action models', 'robot policies', 'embodied agents', 'generalist manipulation policies'],
    tasks: ['robotic manipulation', 'embodied navigation', 'dexterous grasping', 'mobile manipulation', 'long-horizon task planning', 'sim-to-real transfer'],
    methods: ['action chunking', 'diffusion policies', 'imitation learning from human videos', 'world-model planning', 'affordance prediction', 'residual reinforcement learning'],
    items: ['teleoperated demonstrations', 'robot trajectories', 'egocentric human videos', 'simulated episodes'],
    challenges: ['fail to generalize beyond the objects seen during training', 'need thousands of costly real-world demonstrations', 'compound small errors over long horizons', 'ignore physical constraints of the embodiment'],
    keywords: ['robotics', 'embodied AI', 'manipulation', 'imitation learning', 'VLA'],
  },
  {
    models: ['3D generative models', 'neural scene representations', 'multi-view diffusion models', 'feed-forward reconstruction models'],
    tasks: ['3D scene reconstruction', 'text-to-3D generation', 'novel view synthesis', 'monocular depth estimation', 'avatar reconstruction', '4D dynamic scene modeling'],
    methods: ['3D Gaussian splatting', 'neural radiance fields', 'multi-view consistency losses', 'triplane representations', 'point-map regression', 'score distillation'],
    items: ['posed multi-view images', 'textured meshes', 'RGB-D scans', 'dynamic captures'],
    challenges: ['require slow per-scene optimization', 'produce inconsistent geometry across views', 'break down on sparse or unposed inputs', 'bake lighting into appearance'],
    keywords: ['3D vision', 'Gaussian splatting', 'NeRF', 'reconstruction', 'novel view synthesis'],
  },
  {
    models: ['language agents', 'code language models', 'GUI agents', 'tool-using LLMs'],
    tasks: ['repository-level code generation', 'multi-turn tool use', 'web navigation', 'GUI grounding', 'software issue resolution', 'deep research'],
    methods: ['trajectory-level reinforcement learning', 'execution feedback', 'hierarchical planning', 'memory-augmented prompting', 'self-generated curricula', 'environment synthesis'],
    items: ['agent trajectories', 'executable coding tasks', 'annotated screenshots', 'tool-call transcripts'],
    challenges: ['lose track of their goals over long interaction histories', 'rarely recover from their own tool-call errors', 'overfit to the few environments they are trained in', 'are expensive to evaluate reliably'],
    keywords: ['agents', 'tool use', 'code generation', 'web agents', 'GUI', 'planning'],
  },
  {
    models: ['transformers', 'large language models', 'mixture-of-experts models', 'state-space models'],
    tasks: ['efficient inference', 'long-context modeling', 'low-bit quantization', 'memory-efficient training', 'serving at scale', 'on-device deployment'],
    methods: ['KV-cache compression', 'speculative decoding', 'linear attention', 'expert routing', 'post-training quantization', 'sparse attention kernels'],
    items: ['long documents', 'pretraining tokens', 'serving traces', 'calibration samples'],
    challenges: ['spend quadratic compute on long inputs', 'are bottlenecked by memory bandwidth during decoding', 'lose accuracy below eight bits', 'leave most experts underused'],
    keywords: ['efficiency', 'inference', 'quantization', 'attention', 'mixture of experts', 'long context'],
  },
  {
    models: ['aligned language models', 'reward models', 'chat assistants', 'preference-tuned LLMs'],
    tasks: ['preference alignment', 'jailbreak defense', 'hallucination detection', 'calibrated refusal', 'reward hacking mitigation', 'model auditing'],
    methods: ['direct preference optimization', 'constitutional self-critique', 'representation steering', 'sparse autoencoders', 'adversarial red-teaming', 'uncertainty estimation'],
    items: ['preference comparisons', 'adversarial prompts', 'annotated model responses', 'safety dialogues'],
    challenges: ['exploit flaws in the reward signal', 'refuse benign requests while missing harmful ones', 'state falsehoods with high confidence', 'behave differently under evaluation than in deployment'],
    keywords: ['alignment', 'safety', 'RLHF', 'interpretability', 'hallucination', 'preference optimization'],
  },
  {
    models: ['scientific foundation models', 'protein language models', 'molecular generative models', 'weather models'],
    tasks: ['protein structure prediction', 'molecule generation', 'materials discovery', 'medium-range weather forecasting', 'single-cell analysis', 'medical report generation'],
    methods: ['equivariant graph networks', 'geometric diffusion', 'multi-scale operators', 'retrieval over literature', 'active learning loops', 'physics-informed losses'],
    items: ['protein structures', 'molecular conformations', 'reanalysis fields', 'clinical reports'],
    challenges: ['ignore the symmetries of the underlying physics', 'extrapolate poorly outside the training distribution', 'are costly to validate experimentally', 'offer little insight into their predictions'],
    keywords: ['AI for science', 'biology', 'chemistry', 'weather', 'healthcare', 'graph neural networks'],
  },
  {
    models: ['multilingual LLMs', 'retrieval-augmented generators', 'embedding models', 'pretrained language models'],
    tasks: ['machine translation', 'dense retrieval', 'retrieval-augmented generation', 'low-resource language modeling', 'long-document summarization', 'pretraining data curation'],
    methods: ['data mixture optimization', 'synthetic data generation', 'hard-negative mining', 'tokenizer adaptation', 'continued pretraining', 'quality filtering with classifiers'],
    items: ['web documents', 'parallel sentences', 'query-passage pairs', 'curated pretraining tokens'],
    challenges: ['underperform on languages with little web text', 'retrieve passages that are relevant but unhelpful', 'inherit noise from unfiltered web data', 'waste compute on duplicated content'],
    keywords: ['NLP', 'retrieval', 'RAG', 'multilingual', 'pretraining data', 'embeddings'],
  },
];

export const ADJECTIVES = ['Scalable', 'Efficient', 'Robust', 'Unified', 'Lightweight', 'Training-Free', 'Data-Efficient', 'Controllable', 'Interpretable', 'Faithful', 'Adaptive', 'Hierarchical', 'Compositional', 'Self-Improving', 'Long-Horizon', 'Zero-Shot', 'Open', 'Generalist', 'Fine-Grained', 'Streaming'];
export const FRAMEWORKS = ['framework', 'method', 'training recipe', 'architecture', 'model family', 'approach', 'pipeline', 'system'];
export const NAME_STEMS = ['Astra', 'Nova', 'Flux', 'Vero', 'Kite', 'Mira', 'Orbit', 'Quill', 'Rune', 'Sable', 'Tempo', 'Vista', 'Zephyr', 'Helix', 'Prism', 'Echo', 'Lattice', 'Pico', 'Meridian', 'Cobalt', 'Lumen', 'Tessa', 'Ember', 'Aurora', 'Cinder', 'Delta', 'Fable', 'Glide', 'Halo', 'Ion', 'Juno', 'Koda', 'Lyra', 'Mosaic', 'Nimbus', 'Onyx', 'Pulse', 'Quartz', 'Ripple', 'Sonar', 'Tide', 'Umbra', 'Vortex', 'Wren', 'Yarrow', 'Zenith'];
export const NAME_SUFFIXES = ['', '', '', 'VL', '-R1', 'Net', 'Former', 'Coder', '-Agent', 'Gen', 'LM', '-Zero', 'Flow', '-3D', 'Mind', '-Omni', '2'];
export const DATASET_SUFFIXES = ['Bench', '-Eval', 'QA', '-1M', '-Instruct', 'Set', '-Arena', '-Pro', '-Hard', '-500K'];
export const BASELINES = ['strong open-source baselines', 'proprietary models of much larger size', 'prior state-of-the-art methods', 'specialized task-specific systems', 'comparable models trained on ten times more data'];
export const CLOSINGS = [
  'Code, model weights and data will be released publicly.',
  'We release our code and checkpoints to facilitate future research.',
  'All resources, including training data and evaluation scripts, are open-sourced.',
  'Our findings suggest a simple and practical path toward more capable systems.',
  'We hope this work serves as a foundation for future research in this direction.',
  'A project page with additional qualitative results is available online.',
];
