import { BaseEdge, EdgeLabelRenderer, getBezierPath, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';

/** An edge of the state graph with an HTML label that wraps (reasons can be long) and follows the theme. */
export interface TransitionEdgeData extends Record<string, unknown> {
  label: string;
  current: boolean;
  justTaken: boolean;
  step: boolean;
}

export type TransitionEdgeType = Edge<TransitionEdgeData, 'transition'>;

export function TransitionEdge(props: EdgeProps<TransitionEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, data } = props;
  const geometry = { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition };
  const [path, lx, ly] = data?.step ? getSmoothStepPath({ ...geometry, offset: 28 }) : getBezierPath(geometry);
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} />
      <EdgeLabelRenderer>
        <div
          className={`cb-edge-label${data?.current ? ' current' : ''}${data?.justTaken ? ' just-taken' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}
        >
          {data?.label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
