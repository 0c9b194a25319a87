import { computed, defineComponent, h, type SlotsType, type VNode, type VNodeChild } from 'vue'
import { looksLikeHtml, parseRichText, type RichNode } from '../../rich-text'

/**
 * Renders question text from parsed, allow-listed nodes (never v-html). Blanks {{n}} are handed to
 * the `blank` slot, so the preview and the exam page decide what an answer box looks like.
 */
export default defineComponent({
  name: 'RichText',
  props: {
    source: { type: String, required: true },
    blanks: { type: Boolean, default: false },
    tag: { type: String, default: 'div' },
  },
  slots: Object as SlotsType<{ blank: { index: number } }>,
  setup(props, { slots }) {
    const nodes = computed(() => parseRichText(props.source, { blanks: props.blanks }))
    const plain = computed(() => !looksLikeHtml(props.source))

    const render = (list: RichNode[]): VNodeChild[] =>
      list.map((node): VNodeChild => {
        switch (node.kind) {
          case 'text':
            return node.text
          case 'blank':
            return slots.blank ? slots.blank({ index: node.index }) : `{{${node.index}}}`
          case 'element':
            return h(node.tag, { ...node.attrs }, node.tag === 'br' || node.tag === 'img' ? undefined : render(node.children))
        }
      })

    // Plain text keeps the trainer's line breaks; HTML lays itself out.
    return (): VNode => h(props.tag, { class: ['kp-rich-text', { 'kp-rich-text--plain': plain.value }] }, render(nodes.value))
  },
})
