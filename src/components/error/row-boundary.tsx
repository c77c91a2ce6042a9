import { Component, type ReactNode } from 'react';

interface Props {
  /** Names the row for the person reading, e.g. `The bookmark 2510.00001`. */
  name: string;
  children: ReactNode;
}

/**
 * A row of a list that fails to render (a stored value no view can show) becomes one
 * line naming it, and the rest of the list, the page and its Export and Import stay.
 */
export class RowBoundary extends Component<Props, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <p className="row-error" role="alert">
        {this.props.name} could not be shown: {this.state.error.message}. The rest is unaffected; a backup import of a good copy replaces it.
      </p>
    );
  }
}
