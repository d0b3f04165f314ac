"""Lo que ya cargó una asociación, para sus primeros pasos (`servicios/primeros_pasos.py`): una sola consulta."""

from __future__ import annotations

from .base_de_datos import BaseDeDatos


def lo_hecho(db: BaseDeDatos, asociacion_id: int) -> dict[str, bool]:
    """Si la asociación tiene estatuto, órganos, escala de cuotas anuales, miembros, cuotas anuales emitidas, cuenta
    de correo, dirección pública, y si ya celebró alguna sesión."""
    fila = db.execute(
        """SELECT EXISTS (SELECT 1 FROM normas WHERE asociacion_id = :a AND tipo = 'estatuto'),
                  EXISTS (SELECT 1 FROM organos WHERE asociacion_id = :a),
                  EXISTS (SELECT 1 FROM escalas WHERE asociacion_id = :a AND tipo_cargo = 'cuota_anual'),
                  EXISTS (SELECT 1 FROM miembros WHERE asociacion_id = :a),
                  EXISTS (SELECT 1 FROM cargos WHERE asociacion_id = :a AND tipo_cargo = 'cuota_anual'),
                  EXISTS (SELECT 1 FROM cuentas_correo WHERE asociacion_id = :a),
                  EXISTS (SELECT 1 FROM asociaciones WHERE id = :a AND coalesce(direccion_publica, '') <> ''),
                  EXISTS (SELECT 1 FROM sesiones s JOIN organos o ON o.id = s.organo_id
                          WHERE o.asociacion_id = :a AND s.estado = 'celebrada')""",
        {"a": asociacion_id}).fetchone()
    claves = ("estatuto", "organos", "escala", "miembros", "emision", "correo", "direccion_publica", "sesion_celebrada")
    return {clave: bool(valor) for clave, valor in zip(claves, fila)}
